/**
 * Flow Logic's Stripe webhook endpoint when deployed: functions/flowlogic/stripe-webhook-lambda.ts behind a Lambda
 * function URL (no IAM auth: Stripe cannot sign with SigV4; the handler verifies the Stripe-Signature over the raw
 * body and writes nothing otherwise), with reserved concurrency so a flood cannot exhaust the account's Lambdas.
 *
 * It may read and write the two tables it keeps in step and nothing else: GetItem/UpdateItem on the users table,
 * Query/PutItem on the subscriptions table and its stripe-customer-index (TransactWriteItems is authorised per item
 * action), their KMS key through DynamoDB only, and read its secret. The signing secrets live in one Secrets
 * Manager secret, `{"webhook_secrets": ["whsec_current", "whsec_previous"]}`, created empty (every request answers
 * 503 until operators fill it in). Prices map to tiers by their metadata `tier`, or by STRIPE_PRICE_TIERS given at
 * synth time (environment, else CDK context `stripePriceTiers`), checked here.
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
 */
import path from 'node:path';
import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { parsePriceTiers } from '../../../functions/flowlogic/stripe-tiers';
import { bundledHandler, HANDLER_RUNTIME } from '../lambda-code';
import { KEY_ACTIONS } from './table-data-source';
import type { DeployedTable } from './tables';

export interface StripeWebhooksProps {
  rootDir: string;
  users: DeployedTable;
  subscriptions: DeployedTable;
}

export class StripeWebhooks extends Construct {
  readonly stripeSecret: secretsmanager.Secret;
  readonly fn: lambda.Function;
  readonly url: lambda.FunctionUrl;

  constructor(scope: Construct, id: string, props: StripeWebhooksProps) {
    super(scope, id);
    const { users, subscriptions } = props;
    const priceTiers = process.env.STRIPE_PRICE_TIERS ?? (this.node.tryGetContext('stripePriceTiers') as string | undefined);
    parsePriceTiers(priceTiers); // a wrong map fails the synthesis, not the first webhook

    this.stripeSecret = new secretsmanager.Secret(this, 'StripeSecret', {
      description: 'Stripe webhook signing secrets of Flow Logic: {"webhook_secrets": [current, previous]}',
      // No secret value in the template: an empty list, filled in by operators from the Stripe dashboard.
      generateSecretString: { secretStringTemplate: JSON.stringify({ webhook_secrets: [] }), generateStringKey: 'unused' },
    });
    NagSuppressions.addResourceSuppressions(this.stripeSecret, [
      { id: 'AwsSolutions-SMG4', reason: 'Stripe issues the signing secrets; they are rolled in the Stripe dashboard, then here, by operators.' },
    ]);

    this.fn = new lambda.Function(this, 'Function', {
      description: 'Flow Logic Stripe webhooks: verified, idempotent, order-safe sync of subscriptions and user tiers',
      runtime: HANDLER_RUNTIME,
      handler: 'index.handler',
      code: bundledHandler(path.join(props.rootDir, 'functions/flowlogic/stripe-webhook-lambda.ts')),
      timeout: Duration.seconds(10),
      memorySize: 256,
      tracing: lambda.Tracing.ACTIVE,
      reservedConcurrentExecutions: 10,
      environment: {
        USERS_TABLE: users.tableName,
        SUBSCRIPTIONS_TABLE: subscriptions.tableName,
        STRIPE_SECRET_ARN: this.stripeSecret.secretArn,
        ...(priceTiers ? { STRIPE_PRICE_TIERS: priceTiers } : {}),
      },
      logGroup: new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH }),
    });
    this.stripeSecret.grantRead(this.fn);
    this.fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], resources: [users.tableArn] }));
    this.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:Query', 'dynamodb:PutItem'],
        resources: [subscriptions.tableArn, `${subscriptions.tableArn}/index/stripe-customer-index`],
      }),
    );
    const keys = [...new Set([users.key.keyArn, subscriptions.key.keyArn])];
    this.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...KEY_ACTIONS],
        resources: keys,
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(this).region}.amazonaws.com` } },
      }),
    );
    this.url = this.fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    new CfnOutput(this, 'StripeWebhookUrl', { value: this.url.url, description: 'Stripe dashboard: Flow Logic webhook endpoint URL' });
  }
}
