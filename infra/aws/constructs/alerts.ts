/**
 * Billing alerts that do not wait for usage: functions/billing/alerts-lambda.ts every 5 minutes (EventBridge), and the
 * secret alert webhooks are signed with. A failed scheduled run is retried twice by EventBridge, then its event goes
 * to a dead-letter queue; the next run evaluates every rule again anyway (firing is claimed per cooldown).
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letters';
import { BillingHandler } from './billing-handler';
import type { BillingDatabase } from './billing-database';
import type { Network } from './network';

export interface AlertsProps {
  rootDir: string;
  network: Network;
  database: BillingDatabase;
}

export class Alerts extends Construct {
  readonly webhookSecret: secretsmanager.Secret;
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: AlertsProps) {
    super(scope, id);
    this.webhookSecret = new secretsmanager.Secret(this, 'WebhookSecret', {
      description: 'HMAC key of billing alert webhooks (X-Billing-Signature)',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    NagSuppressions.addResourceSuppressions(this.webhookSecret, [
      { id: 'AwsSolutions-SMG4', reason: 'Webhook receivers hold this key: it is rotated with them, by hand, not on a schedule.' },
    ]);
    this.fn = new BillingHandler(this, 'Handler', {
      ...props,
      handler: 'billing/alerts-lambda',
      description: 'Evaluates every active billing alert rule (scheduled)',
      timeout: Duration.seconds(60),
      webhookSecret: this.webhookSecret,
    }).fn;
    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'the schedule target');
    new events.Rule(this, 'Schedule', {
      description: 'Billing alert evaluation',
      schedule: events.Schedule.rate(Duration.minutes(5)),
      targets: [new targets.LambdaFunction(this.fn, { retryAttempts: 2, maxEventAge: Duration.minutes(10), deadLetterQueue: deadLetters })],
    });
  }
}
