/**
 * Retries of failed invoice payments when deployed: functions/payments/payment-retries-lambda.ts every 5 minutes
 * (EventBridge). A failed run is retried twice by EventBridge, then its event goes to a dead-letter queue; the next
 * run picks up whatever is still due anyway (payments are claimed with FOR UPDATE SKIP LOCKED, so overlapping runs
 * never retry one payment twice).
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letters';
import { BillingHandler } from './billing-handler';
import type { BillingDatabase } from './billing-database';
import type { Network } from './network';

export interface PaymentRetriesProps {
  rootDir: string;
  network: Network;
  database: BillingDatabase;
  /** The Razorpay keys (PaymentWebhooks.razorpaySecret): a retry opens a new Razorpay order. */
  razorpaySecret: secretsmanager.ISecret;
}

export class PaymentRetries extends Construct {
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: PaymentRetriesProps) {
    super(scope, id);
    this.fn = new BillingHandler(this, 'Handler', {
      ...props,
      handler: 'payments/payment-retries-lambda',
      description: 'Retries the due failed invoice payments (scheduled)',
      timeout: Duration.seconds(60),
    }).fn;
    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'the schedule target');
    new events.Rule(this, 'Schedule', {
      description: 'Failed invoice payment retries',
      schedule: events.Schedule.rate(Duration.minutes(5)),
      targets: [new targets.LambdaFunction(this.fn, { retryAttempts: 2, maxEventAge: Duration.minutes(10), deadLetterQueue: deadLetters })],
    });
  }
}
