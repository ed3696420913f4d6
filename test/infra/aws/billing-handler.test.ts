/** AWS_LAMBDA data sources: a handler of functions/ bundled locally, in the VPC, via RDS Proxy. */
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { BILLING_DB_USER, BillingDatabase } from '../../../infra/aws/constructs/billing-database';
import { DataSources } from '../../../infra/aws/constructs/data-sources';
import { Network } from '../../../infra/aws/constructs/network';
import { Tables } from '../../../infra/aws/constructs/tables';
import { deploymentsFrom } from '../../../infra/aws/config';
import { resourcesOfType, referencedId, type CfnValue, type Resource } from './template-json';

const rootDir = fileURLToPath(new URL('./fixtures', import.meta.url));
let template: Template;
let fn: Resource;

beforeAll(() => {
  const stack = new Stack(new App(), 'BillingHandlerTest', { env: { region: 'eu-west-2' } });
  const [deployment] = deploymentsFrom(() => undefined);
  const network = new Network(stack, 'Network', { availabilityZones: ['eu-west-2a', 'eu-west-2b'] });
  const database = new BillingDatabase(stack, 'Db', { network, stage: 'dev' });
  const tables = new Tables(stack, 'Tables', { deployment, tables: [] });
  const api = new appsync.GraphqlApi(stack, 'Api', {
    name: 'test',
    definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(fileURLToPath(new URL('./fixtures/billing.graphql', import.meta.url)))),
  });
  new DataSources(stack, 'DataSources', {
    api,
    tables,
    network,
    database,
    rootDir,
    models: [{ name: 'billingEcho', type: 'AWS_LAMBDA', handler: 'billing/echo', description: 'echo for tests', tables: {}, billing: true }],
  });
  template = Template.fromStack(stack);
  fn = resourcesOfType(template, 'AWS::Lambda::Function').find((f) => f.Properties.Description === 'echo for tests')!;
});

describe('billing Lambda data source', () => {
  it('is an AWS_LAMBDA data source on the bundled handler', () => {
    const [source] = resourcesOfType(template, 'AWS::AppSync::DataSource');
    expect(source.Properties).toMatchObject({ Name: 'billingEcho', Type: 'AWS_LAMBDA' });
    expect(referencedId(source.Properties.LambdaConfig.LambdaFunctionArn)).toBe(fn.logicalId);
    expect(fn.Properties.Handler).toBe('index.handler');
    expect(fn.Properties.Code.S3Key).toMatch(/\.zip$/);
  });

  it('runs in the isolated subnets and connects through the proxy with IAM auth, no password in its environment', () => {
    const subnets = resourcesOfType(template, 'AWS::EC2::Subnet').map((s) => s.logicalId);
    for (const ref of fn.Properties.VpcConfig.SubnetIds) expect(subnets).toContain(referencedId(ref));
    const env = fn.Properties.Environment.Variables;
    expect(env).toMatchObject({ DB_USER: BILLING_DB_USER, DB_IAM_AUTH: 'true', DB_NAME: 'billing' });
    expect(JSON.stringify(env)).not.toMatch(/password|secret/i);
    const roleId = referencedId(fn.Properties.Role);
    const statements = resourcesOfType(template, 'AWS::IAM::Policy')
      .filter((p) => (p.Properties.Roles as unknown[]).some((r) => referencedId(r) === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as CfnValue[]);
    const connect = statements.find((s) => [s.Action].flat().includes('rds-db:connect'));
    expect(JSON.stringify(connect.Resource)).toContain(`/${BILLING_DB_USER}`);
  });

  it('has a timeout under AppSync\'s 30 s and X-Ray tracing', () => {
    expect(fn.Properties.Timeout).toBeLessThan(30);
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
  });
});
