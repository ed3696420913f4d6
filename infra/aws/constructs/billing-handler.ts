/**
 * A Lambda handler of functions/ that talks to the billing PostgreSQL: bundled by the local esbuild, in the private
 * subnets, connecting through RDS Proxy as BILLING_DB_USER with an IAM token (no password in its environment). A
 * handler given no `database` (the storefront payments) runs outside the VPC, with no database grant at all.
 *
 * Called synchronously by AppSync, so no dead-letter queue here: a failure is the caller's error. Timeout 10 s, under
 * AppSync's 30 s resolver limit, so the client gets the handler's error rather than a generic timeout.
 */
import path from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { bundledHandler, HANDLER_RUNTIME } from '../lambda-code';
import { BILLING_DB_NAME, BILLING_DB_USER, BILLING_PROXY_PORT, type BillingDatabase } from './billing-database';
import type { Network } from './network';
import type { DeployedTable } from './tables';
import { tableItemStatements } from './table-data-source';

/** The SES identity invoice mail is sent from (functions/billing/invoices/send.ts BILLING_SENDER). */
export const BILLING_MAIL_DOMAIN = 'metrics-billing.example';

export interface BillingHandlerProps {
  rootDir: string;
  /** As in infra/model's AWS_LAMBDA data sources: a file under functions/, with or without `.ts`. */
  handler: string;
  description: string;
  /** The VPC and the billing PostgreSQL, both or neither: omitted for a handler that never uses the database. */
  network?: Network;
  database?: BillingDatabase;
  /** DynamoDB tables by the environment variable that names them (e.g. HOT_EVENTS_TABLE), read/write on those only. */
  tables?: Readonly<Record<string, DeployedTable>>;
  /** Default 10 s. */
  timeout?: Duration;
  /** The alert-webhook signing secret, for handlers that evaluate alerts (ALERT_WEBHOOK_SECRET_ARN, read only). */
  webhookSecret?: secretsmanager.ISecret;
  /** Razorpay keys and webhook secrets (RAZORPAY_SECRET_ARN, read only). */
  razorpaySecret?: secretsmanager.ISecret;
  /** Rendered invoices go here (BILLING_DOCUMENTS_BUCKET, write only), and invoice mail leaves through SES. */
  documents?: s3.IBucket;
}

export function handlerEntry(rootDir: string, handler: string): string {
  return path.join(rootDir, 'functions', handler.endsWith('.ts') ? handler : `${handler}.ts`);
}

export class BillingHandler extends Construct {
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: BillingHandlerProps) {
    super(scope, id);
    const db = props.network && props.database ? { network: props.network, database: props.database } : undefined;
    this.fn = new lambda.Function(this, 'Function', {
      description: props.description,
      runtime: HANDLER_RUNTIME,
      handler: 'index.handler',
      code: bundledHandler(handlerEntry(props.rootDir, props.handler)),
      timeout: props.timeout ?? Duration.seconds(10),
      memorySize: 512,
      tracing: lambda.Tracing.ACTIVE,
      ...(db ? { vpc: db.network.vpc, vpcSubnets: db.network.privateSubnets, securityGroups: [db.database.clientSecurityGroup] } : {}),
      environment: {
        ...(db
          ? { DB_HOST: db.database.proxy.endpoint, DB_PORT: String(BILLING_PROXY_PORT), DB_NAME: BILLING_DB_NAME, DB_USER: BILLING_DB_USER, DB_IAM_AUTH: 'true' }
          : {}),
        ...Object.fromEntries(Object.entries(props.tables ?? {}).map(([name, table]) => [name, table.tableName])),
        ...(props.webhookSecret ? { ALERT_WEBHOOK_SECRET_ARN: props.webhookSecret.secretArn } : {}),
        ...(props.documents ? { BILLING_DOCUMENTS_BUCKET: props.documents.bucketName } : {}),
        ...(props.razorpaySecret ? { RAZORPAY_SECRET_ARN: props.razorpaySecret.secretArn } : {}),
      },
      logGroup: new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH }),
    });
    db?.database.proxy.grantConnect(this.fn, BILLING_DB_USER);
    props.webhookSecret?.grantRead(this.fn);
    props.razorpaySecret?.grantRead(this.fn);
    if (props.documents) {
      this.fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [props.documents.arnForObjects('invoices/*')] }));
      this.fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          resources: [Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: BILLING_MAIL_DOMAIN })],
        }),
      );
    }
    for (const table of Object.values(props.tables ?? {})) {
      for (const statement of tableItemStatements(table, Stack.of(this).region)) this.fn.addToRolePolicy(statement);
    }
  }
}
