/** The billing Lambdas of a deployment: resolver, authorizer and the hot-store flush, each scoped to what it needs. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledHandler } from '../../../infra/aws/lambda-code';
import { resourcesOfType, referencedId, type CfnValue, type Resource } from './template-json';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
beforeAll(async () => {
  gateway = await synthGateway();
});
const of = (type: string) => resourcesOfType(gateway.template(gateway.primary), type);
const fnByDescription = (text: string): Resource => of('AWS::Lambda::Function').find((f) => String(f.Properties.Description).startsWith(text))!;
const statementsOf = (fn: Resource): CfnValue[] => {
  const role = referencedId(fn.Properties.Role);
  return of('AWS::IAM::Policy')
    .filter((p) => (p.Properties.Roles as unknown[]).some((r) => referencedId(r) === role))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as CfnValue[]);
};

describe('billing Lambdas', () => {
  it('give the resolver and the flush the hot-store table by name, with item access to it alone', () => {
    const hotTable = of('AWS::DynamoDB::GlobalTable').find((t) => String(t.Properties.TableName).includes('usage-hot-events'))!;
    for (const fn of [fnByDescription('The billing platform'), fnByDescription('Counts pending usage events')]) {
      expect(fn.Properties.Environment.Variables.HOT_EVENTS_TABLE).toBe(hotTable.Properties.TableName);
      const items = statementsOf(fn).find((s) => [s.Action].flat().includes('dynamodb:BatchWriteItem'));
      expect(JSON.stringify(items.Resource)).toContain(hotTable.logicalId);
      expect(JSON.stringify(items.Resource)).not.toMatch(/storefront|reporting|flowlogic|racesim/i);
    }
  });

  it('give the storefront payments resolver and the Razorpay webhook the orders and payments tables alone, and the Razorpay secret', () => {
    const tableNamed = (part: string) => of('AWS::DynamoDB::GlobalTable').find((t) => String(t.Properties.TableName).endsWith(part))!;
    const [orders, payments] = [tableNamed('-orders'), tableNamed('-payments')];
    const secret = of('AWS::SecretsManager::Secret').find((x) => String(x.Properties.Description).startsWith('Razorpay key id'))!;
    for (const fn of [fnByDescription('Razorpay payments of storefront orders'), fnByDescription('Razorpay webhooks')]) {
      expect(fn.Properties.Environment.Variables).toMatchObject({ STORE_ORDERS_TABLE: orders.Properties.TableName, STORE_PAYMENTS_TABLE: payments.Properties.TableName });
      expect(referencedId(fn.Properties.Environment.Variables.RAZORPAY_SECRET_ARN)).toBe(secret.logicalId);
      const items = statementsOf(fn).filter((st) => [st.Action].flat().includes('dynamodb:Query'));
      const granted = JSON.stringify(items.map((st) => st.Resource));
      expect(granted).toContain(orders.logicalId);
      expect(granted).toContain(payments.logicalId);
      expect(granted).toContain('/index/*');
      expect(granted).not.toMatch(/Products|Tenants|Flow|Usage|Race/);
    }
    // The store resolver never uses PostgreSQL: outside the VPC, no database in its environment, no proxy grant.
    const store = fnByDescription('Razorpay payments of storefront orders');
    expect(store.Properties.VpcConfig).toBeUndefined();
    expect(store.Properties.Environment.Variables.DB_HOST).toBeUndefined();
    expect(JSON.stringify(statementsOf(store))).not.toMatch(/rds-db:connect|s3:PutObject|ses:Send/);
    expect(fnByDescription('Razorpay webhooks').Properties.VpcConfig).toBeDefined();
  });

  it('wake the flush on the stream, one at a time, with retries and a dead-letter queue', () => {
    const flush = fnByDescription('Counts pending usage events');
    expect(flush.Properties.ReservedConcurrentExecutions).toBe(1);
    expect(flush.Properties.Timeout).toBe(60);
    const [mapping] = of('AWS::Lambda::EventSourceMapping').filter((m) => referencedId(m.Properties.FunctionName) === flush.logicalId);
    expect(mapping.Properties).toMatchObject({ StartingPosition: 'LATEST', BatchSize: 1000, MaximumRetryAttempts: 3 });
    const dlq = referencedId(mapping.Properties.DestinationConfig.OnFailure.Destination);
    expect(of('AWS::SQS::Queue').map((q) => q.logicalId)).toContain(dlq);
  });

  it('evaluate alerts every 5 minutes, retried and dead-lettered, with the webhook secret by reference only', () => {
    const alerts = fnByDescription('Evaluates every active billing alert rule');
    const [rule] = of('AWS::Events::Rule').filter((r) => r.Properties.Description === 'Billing alert evaluation');
    expect(rule.Properties.ScheduleExpression).toBe('rate(5 minutes)');
    const [target] = rule.Properties.Targets;
    expect(referencedId(target.Arn)).toBe(alerts.logicalId);
    expect(target.RetryPolicy).toMatchObject({ MaximumRetryAttempts: 2 });
    expect(target.DeadLetterConfig.Arn).toBeDefined();
    const secret = of('AWS::SecretsManager::Secret').find((x) => String(x.Properties.Description).startsWith('HMAC key of billing alert webhooks'))!;
    for (const fn of [alerts, fnByDescription('The billing platform'), fnByDescription('Counts pending usage events')]) {
      expect(referencedId(fn.Properties.Environment.Variables.ALERT_WEBHOOK_SECRET_ARN)).toBe(secret.logicalId);
    }
  });

  it('let the billing resolver write rendered invoices under invoices/ of a private, encrypted bucket, and mail through SES', () => {
    const fn = fnByDescription('The billing platform');
    const bucketId = referencedId(fn.Properties.Environment.Variables.BILLING_DOCUMENTS_BUCKET);
    const bucket = of('AWS::S3::Bucket').find((b) => b.logicalId === bucketId)!;
    expect(bucket.Properties.PublicAccessBlockConfiguration).toMatchObject({ BlockPublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    expect(bucket.Properties.VersioningConfiguration.Status).toBe('Enabled');
    const s3 = statementsOf(fn).filter((x) => [x.Action].flat().some((a: string) => a.startsWith('s3:')));
    expect(s3.map((x) => x.Action)).toEqual(['s3:PutObject']);
    expect(JSON.stringify(s3[0].Resource)).toContain('/invoices/*');
    const ses = statementsOf(fn).find((x) => [x.Action].flat().includes('ses:SendRawEmail'));
    expect(JSON.stringify(ses.Resource)).toContain('identity/metrics-billing.example');
  });

  it('prepare the database on deploy: a custom resource keyed by the migrations, its handler in the VPC with the SQL files', () => {
    const fn = fnByDescription('Applies the billing migrations');
    expect(fn.Properties.VpcConfig.SubnetIds.length).toBeGreaterThan(0);
    expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(expect.arrayContaining(['MASTER_SECRET_ARN', 'APP_SECRET_ARN', 'NODE_EXTRA_CA_CERTS']));
    const [resource] = of('AWS::CloudFormation::CustomResource');
    expect(resource.Properties.migrations).toMatch(/^[0-9a-f]{64}$/);
    const [proxy] = of('AWS::RDS::DBProxy');
    expect(proxy.Properties.Auth).toHaveLength(2);
    const code = bundledHandler(fileURLToPath(new URL('../../../functions/db/migrations-resource.ts', import.meta.url)), {
      migrations: fileURLToPath(new URL('../../../functions/db/migrations', import.meta.url)),
    }) as unknown as { path: string };
    expect(readdirSync(join(code.path, 'migrations'))).toEqual(readdirSync(fileURLToPath(new URL('../../../functions/db/migrations', import.meta.url))).sort());
  });

  it('take Razorpay webhooks on a function URL, throttled, with the Razorpay secret by reference', () => {
    const fn = fnByDescription('Razorpay webhooks');
    const [url] = of('AWS::Lambda::Url').filter((u) => referencedId(u.Properties.TargetFunctionArn) === fn.logicalId);
    expect(url.Properties.AuthType).toBe('NONE');
    expect(fn.Properties.ReservedConcurrentExecutions).toBe(10);
    const secret = of('AWS::SecretsManager::Secret').find((x) => String(x.Properties.Description).startsWith('Razorpay key id'))!;
    for (const f of [fn, fnByDescription('The billing platform')]) expect(referencedId(f.Properties.Environment.Variables.RAZORPAY_SECRET_ARN)).toBe(secret.logicalId);
  });

  it('run the authorizer on the database with a short timeout', () => {
    const authorizer = fnByDescription('AppSync Lambda authorizer');
    expect(authorizer.Properties.Timeout).toBe(5);
    expect(authorizer.Properties.Environment.Variables).toMatchObject({ DB_IAM_AUTH: 'true' });
  });
});
