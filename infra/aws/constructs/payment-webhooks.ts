/**
 * Razorpay's webhook endpoint when deployed: functions/payments/webhook-lambda.ts behind a Lambda function URL (no
 * IAM auth: Razorpay cannot sign with SigV4; the handler verifies Razorpay's HMAC over the raw body and drops
 * anything else), with reserved concurrency so a flood cannot exhaust the account's Lambdas or the database proxy.
 * The Razorpay keys and webhook secrets live in one Secrets Manager secret, filled in by operators. Invoice payments
 * are in PostgreSQL, store order payments in the storefront's orders and payments tables.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { BillingHandler } from './billing-handler';
import type { BillingDatabase } from './billing-database';
import type { Network } from './network';
import type { DeployedTable } from './tables';

export interface PaymentWebhooksProps {
  rootDir: string;
  network: Network;
  database: BillingDatabase;
  /** The storefront tables store payments are applied to, by environment variable (infra/model STORE_PAYMENT_TABLES). */
  tables: Readonly<Record<string, DeployedTable>>;
}

export class PaymentWebhooks extends Construct {
  readonly razorpaySecret: secretsmanager.Secret;
  readonly url: lambda.FunctionUrl;

  constructor(scope: Construct, id: string, props: PaymentWebhooksProps) {
    super(scope, id);
    this.razorpaySecret = new secretsmanager.Secret(this, 'RazorpaySecret', {
      description: 'Razorpay key id, key secret and webhook secrets (current, previous)',
    });
    NagSuppressions.addResourceSuppressions(this.razorpaySecret, [
      { id: 'AwsSolutions-SMG4', reason: 'Razorpay issues these keys; they are rotated in the Razorpay dashboard, then here, by operators.' },
    ]);
    const fn = new BillingHandler(this, 'Handler', {
      ...props,
      handler: 'payments/webhook-lambda',
      description: 'Razorpay webhooks: verified, deduplicated, applied forward only',
      timeout: Duration.seconds(10),
      razorpaySecret: this.razorpaySecret,
    }).fn;
    (fn.node.defaultChild as lambda.CfnFunction).reservedConcurrentExecutions = 10;
    this.url = fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    new CfnOutput(this, 'RazorpayWebhookUrl', { value: this.url.url, description: 'Razorpay dashboard: webhook URL' });
  }
}
