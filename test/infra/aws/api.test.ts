import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableGrants, tablesOfDataSource } from '../../../infra/build/table-grants';
import { dataSources, physicalName, tableById, tables } from '../../../infra/model';
import { OUTPUT } from '../../../infra/aws/outputs';
import { resourcesOfType, referencedId, type CfnValue, type Resource } from './template-json';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';
import { builtCode } from '../../support/built-code';

let gateway: SynthesizedGateway;
let api: Resource;
let resolvers: Resource[];
let functions: Resource[];
let sources: Resource[];
beforeAll(async () => {
  gateway = await synthGateway();
  const template = gateway.template(gateway.primary);
  [api] = resourcesOfType(template, 'AWS::AppSync::GraphQLApi');
  resolvers = resourcesOfType(template, 'AWS::AppSync::Resolver');
  functions = resourcesOfType(template, 'AWS::AppSync::FunctionConfiguration');
  sources = resourcesOfType(template, 'AWS::AppSync::DataSource');
});

/** The data source name a resolver or function points at (`Fn::GetAtt [ds, "Name"]`). */
function dataSourceName(resource: Resource): string | undefined {
  if (typeof resource.Properties.DataSourceName === 'string') return resource.Properties.DataSourceName;
  const id = referencedId(resource.Properties.DataSourceName);
  return sources.find((s) => s.logicalId === id)?.Properties.Name;
}

describe('AppSync API', () => {
  it('deploys the domain SDL only, never the AppSync scalar/directive preamble', () => {
    const [schema] = resourcesOfType(gateway.template(gateway.primary), 'AWS::AppSync::GraphQLSchema');
    expect(schema.Properties.Definition).toBe(gateway.build.deployedSchema);
    expect(schema.Properties.Definition).not.toMatch(/scalar AWS|directive @aws_/);
  });

  it('has the auth modes of DESIGN.md: Cognito by default, API key, IAM and the Lambda authorizer', () => {
    expect(api.Properties.AuthenticationType).toBe('AMAZON_COGNITO_USER_POOLS');
    const additional = (api.Properties.AdditionalAuthenticationProviders as { AuthenticationType: string }[]).map(
      (p) => p.AuthenticationType,
    );
    expect(additional.sort()).toEqual(['API_KEY', 'AWS_IAM', 'AWS_LAMBDA']);
  });

  it('logs errors only, without verbose content, traces with X-Ray, and limits depth and resolver count', () => {
    expect(api.Properties.LogConfig).toMatchObject({ FieldLogLevel: 'ERROR', ExcludeVerboseContent: true });
    expect(api.Properties.XrayEnabled).toBe(true);
    expect(api.Properties.QueryDepthLimit).toBeGreaterThan(0);
    expect(api.Properties.ResolverCountLimit).toBeGreaterThan(0);
  });

  it('is behind a regional WAF web ACL with a rate-based rule', () => {
    const template = gateway.template(gateway.primary);
    const [acl] = resourcesOfType(template, 'AWS::WAFv2::WebACL');
    expect(acl.Properties.Scope).toBe('REGIONAL');
    expect(acl.Properties.Rules.some((r: CfnValue) => r.Statement.RateBasedStatement && 'Block' in r.Action)).toBe(true);
    const [association] = resourcesOfType(template, 'AWS::WAFv2::WebACLAssociation');
    expect(referencedId(association.Properties.ResourceArn)).toBe(api.logicalId);
    expect(referencedId(association.Properties.WebACLArn)).toBe(acl.logicalId);
  });
});

describe('resolvers', () => {
  it('deploys every resolver of the build, once, on APPSYNC_JS with its bundle', () => {
    const deployed = resolvers.map((r) => `${r.Properties.TypeName}.${r.Properties.FieldName}`).sort();
    expect(deployed).toEqual(gateway.build.resolvers.map((r) => `${r.typeName}.${r.fieldName}`).sort());
    for (const resolver of [...resolvers, ...functions]) {
      expect(resolver.Properties.Runtime, resolver.logicalId).toEqual({ Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' });
    }
    for (const built of gateway.build.resolvers) {
      const resolver = resolvers.find((r) => r.Properties.TypeName === built.typeName && r.Properties.FieldName === built.fieldName)!;
      expect(resolver.Properties.Code).toBe(builtCode(built));
      expect(resolver.Properties.Kind ?? 'UNIT').toBe(built.kind);
      if (built.kind === 'UNIT') expect(dataSourceName(resolver)).toBe(built.dataSource);
      if (built.kind === 'PIPELINE') {
        const ids = (resolver.Properties.PipelineConfig.Functions as unknown[]).map(referencedId);
        const names = ids.map((id) => dataSourceName(functions.find((f) => f.logicalId === id)!));
        expect(names).toEqual(built.functions.map((f) => f.dataSource));
      }
    }
  });

  it('resolves every root field of the deployed schema', () => {
    const document = parse(gateway.build.deployedSchema);
    const roots = document.definitions.filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && ['Query', 'Mutation', 'Subscription'].includes(d.name.value),
    );
    const deployed = new Set(resolvers.map((r) => `${r.Properties.TypeName}.${r.Properties.FieldName}`));
    for (const root of roots) {
      for (const field of root.fields ?? []) {
        const subscribes = field.directives?.some((d) => d.name.value === 'aws_subscribe');
        if (root.name.value !== 'Subscription' || !subscribes) expect(deployed, `${root.name.value}.${field.name.value}`).toContain(`${root.name.value}.${field.name.value}`);
      }
    }
  });
});

describe('data sources', () => {
  it('has one data source per model data source, with the table of the stage', () => {
    expect(sources.map((s) => s.Properties.Name).sort()).toEqual(dataSources.map((d) => d.name).sort());
    for (const model of dataSources) {
      const source = sources.find((s) => s.Properties.Name === model.name)!;
      expect(source.Properties.Type, model.name).toBe(model.type);
      if (model.type === 'AMAZON_DYNAMODB') {
        expect(source.Properties.DynamoDBConfig).toEqual({
          TableName: physicalName(tableById(model.tableId), 'dev'),
          AwsRegion: 'eu-west-2',
        });
      }
    }
  });

  it.each(dataSources.filter((d) => d.type === 'AMAZON_DYNAMODB').map((d) => [d.name, d.type === 'AMAZON_DYNAMODB' ? d.tableId : '']))(
    '%s: its role may use only its own table, the tables its resolvers name, their indexes and their keys',
    (name, ownId) => {
      const template = gateway.template(gateway.primary);
      const source = sources.find((s) => s.Properties.Name === name)!;
      const roleId = referencedId(source.Properties.ServiceRoleArn)!;
      const expected = tablesOfDataSource(tableGrants(gateway.build), name, ownId, new Set(tables.map((t) => t.id)));
      const deployedTables = resourcesOfType(template, 'AWS::DynamoDB::GlobalTable');
      const tableOf = (id: string) => deployedTables.find((t) => t.Properties.TableName === physicalName(tableById(id), 'dev'))!;
      const keyOf = (table: Resource) =>
        referencedId((table.Properties.Replicas as CfnValue[]).find((r) => r.Region === 'eu-west-2').SSESpecification.KMSMasterKeyId);
      const policies = resourcesOfType(template, 'AWS::IAM::Policy').filter((p) =>
        (p.Properties.Roles as unknown[]).some((r) => referencedId(r) === roleId),
      );
      const managed = resourcesOfType(template, 'AWS::IAM::Role').find((r) => r.logicalId === roleId)!.Properties;
      expect(managed.ManagedPolicyArns).toBeUndefined();
      expect(managed.Policies).toBeUndefined();
      const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as CfnValue[]);
      const tableStatements = statements.filter((st) => ([st.Action].flat() as string[]).every((a) => a.startsWith('dynamodb:')));
      const keyStatements = statements.filter((st) => !tableStatements.includes(st));
      expect(tableStatements.map((st) => st.Resource)).toEqual(
        expected.map((id) => {
          const tableArn = { 'Fn::GetAtt': [tableOf(id).logicalId, 'Arn'] };
          return [tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }];
        }),
      );
      // One app key serves several tables: IAM statements that are equal are merged.
      expect(keyStatements.map((st) => referencedId(st.Resource))).toEqual([...new Set(expected.map((id) => keyOf(tableOf(id))))]);
      for (const statement of statements) {
        const actions = [statement.Action].flat() as string[];
        expect(statement.Effect).toBe('Allow');
        expect(actions).not.toContain('dynamodb:*');
        if (keyStatements.includes(statement)) {
          expect(actions.every((a) => a.startsWith('kms:'))).toBe(true);
          expect(statement.Condition).toEqual({ StringEquals: { 'kms:ViaService': 'dynamodb.eu-west-2.amazonaws.com' } });
        }
      }
    },
  );

  it('grants the cross-table transactions their tables: placeOrder on orders also takes stock in products', () => {
    const grants = tableGrants(gateway.build);
    expect([...(grants.get('orders') ?? [])]).toContain('products');
    expect([...(grants.get('stores') ?? [])]).toContain('tenants');
    expect([...(grants.get('usagePlans') ?? [])]).toEqual(expect.arrayContaining(['usagePlans', 'organizations']));
  });

  it('points replica-region data sources at the local replica by ARN in that region', () => {
    const template = gateway.template(gateway.replica);
    const source = resourcesOfType(template, 'AWS::AppSync::DataSource').find((s) => s.Properties.Name === 'usagePlans')!;
    expect(source.Properties.DynamoDBConfig).toEqual({ TableName: 'reporting-dev-usage_plans', AwsRegion: 'ap-southeast-2' });
    const roleId = referencedId(source.Properties.ServiceRoleArn);
    const policy = resourcesOfType(template, 'AWS::IAM::Policy').find((p) =>
      (p.Properties.Roles as unknown[]).some((r) => referencedId(r) === roleId),
    )!;
    const resources = JSON.stringify(policy.Properties.PolicyDocument.Statement[0].Resource);
    expect(resources).toContain(':dynamodb:ap-southeast-2:');
    expect(resources).toContain(':table/reporting-dev-usage_plans');
    expect(resources).not.toContain('eu-west-2');
  });
});

describe('who may call what', () => {
  it('allows the API key on no mutation and no subscription', () => {
    const document = parse(gateway.build.deployedSchema);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !['Mutation', 'Subscription'].includes(definition.name.value)) continue;
      const typeLevel = definition.directives?.some((d) => d.name.value === 'aws_api_key');
      expect(typeLevel, definition.name.value).toBeFalsy();
      for (const field of definition.fields ?? []) {
        expect(field.directives?.some((d) => d.name.value === 'aws_api_key'), field.name.value).toBeFalsy();
      }
    }
  });

  it('outputs what clients need, and the API key id but never its value', () => {
    const outputs = gateway.template(gateway.primary).toJSON().Outputs as Record<string, { Value: unknown }>;
    for (const name of Object.values(OUTPUT)) expect(Object.keys(outputs), name).toContain(name);
    expect(JSON.stringify(outputs)).not.toMatch(/"ApiKey"\]/);
    expect(outputs[OUTPUT.apiKeyId].Value).toEqual({ 'Fn::GetAtt': [expect.any(String), 'ApiKeyId'] });
  });
});
