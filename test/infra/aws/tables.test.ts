import { beforeAll, describe, expect, it } from 'vitest';
import { physicalName, tables, type GlobalIndex, type TableModel } from '../../../infra/model';
import { resourcesOfType, referencedId, type CfnValue, type Resource } from './template-json';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
let primaryTables: Resource[];
let replicaTables: Resource[];
beforeAll(async () => {
  gateway = await synthGateway();
  primaryTables = resourcesOfType(gateway.template(gateway.primary), 'AWS::DynamoDB::GlobalTable');
  replicaTables = resourcesOfType(gateway.template(gateway.replica), 'AWS::DynamoDB::GlobalTable');
});

const STAGE = 'dev';
const keySchema = (pk: { name: string }, sk?: { name: string }) => [
  { AttributeName: pk.name, KeyType: 'HASH' },
  ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' }] : []),
];
const byName = (resources: Resource[], model: TableModel) =>
  resources.find((r) => r.Properties.TableName === physicalName(model, STAGE));
const replicated = (model: TableModel) => (model.replicatedTo ?? []).includes('ap-southeast-2');

function expectedIndex(index: GlobalIndex) {
  const projection = index.projection;
  return {
    IndexName: index.name,
    KeySchema: keySchema(index.partitionKey, index.sortKey),
    Projection: {
      ProjectionType: projection.type,
      ...(projection.type === 'INCLUDE' ? { NonKeyAttributes: projection.attributes } : {}),
    },
  };
}

describe('DynamoDB tables in the primary region (London)', () => {
  it('creates exactly the tables of the model', () => {
    const names = primaryTables.map((r) => r.Properties.TableName).sort();
    expect(names).toEqual(tables.map((t) => physicalName(t, STAGE)).sort());
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s: keys, GSIs and attribute types as modelled', (_id, model) => {
    const table = byName(primaryTables, model)!;
    expect(table.Properties.KeySchema).toEqual(keySchema(model.partitionKey, model.sortKey));
    expect(table.Properties.GlobalSecondaryIndexes ?? []).toEqual(model.globalIndexes.map(expectedIndex));
    const types = Object.fromEntries(
      (table.Properties.AttributeDefinitions as { AttributeName: string; AttributeType: string }[]).map((a) => [
        a.AttributeName,
        a.AttributeType,
      ]),
    );
    for (const key of [model.partitionKey, model.sortKey, ...model.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey])]) {
      if (key) expect(types[key.name], key.name).toBe(key.type);
    }
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s: PITR, deletion protection, KMS key, retained', (_id, model) => {
    const table = byName(primaryTables, model)!;
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
    const replicas = table.Properties.Replicas as Record<string, CfnValue>[];
    for (const replica of replicas) {
      expect(replica.PointInTimeRecoverySpecification, replica.Region).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(replica.DeletionProtectionEnabled, replica.Region).toBe(true);
    }
    const local = replicas.find((r) => r.Region === 'eu-west-2')!;
    const keyId = referencedId(local.SSESpecification.KMSMasterKeyId)!;
    const key = resourcesOfType(gateway.template(gateway.primary), 'AWS::KMS::Key').find((k) => k.logicalId === keyId);
    expect(key?.Properties.EnableKeyRotation).toBe(true);
    expect(keyId).toContain(model.app);
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s: stream and TTL as modelled', (_id, model) => {
    const table = byName(primaryTables, model)!;
    // Global tables need NEW_AND_OLD_IMAGES streams to replicate, whatever the model asks for.
    const stream = replicated(model) ? 'NEW_AND_OLD_IMAGES' : model.stream;
    expect(table.Properties.StreamSpecification?.StreamViewType).toBe(stream);
    expect(table.Properties.TimeToLiveSpecification).toEqual(
      model.ttlAttribute ? { AttributeName: model.ttlAttribute, Enabled: true } : undefined,
    );
  });

  it('replicates the modelled tables to Sydney with the Sydney table key, and nothing else', () => {
    for (const model of tables) {
      const regions = (byName(primaryTables, model)!.Properties.Replicas as { Region: string }[]).map((r) => r.Region);
      expect(regions.sort(), model.id).toEqual(replicated(model) ? ['ap-southeast-2', 'eu-west-2'] : ['eu-west-2']);
    }
    const users = byName(primaryTables, tables.find((t) => t.id === 'reportingUsers')!)!;
    const sydney = (users.Properties.Replicas as Record<string, CfnValue>[]).find((r) => r.Region === 'ap-southeast-2')!;
    expect(JSON.stringify(sydney.SSESpecification.KMSMasterKeyId)).toContain(':kms:ap-southeast-2:');
    expect(JSON.stringify(sydney.SSESpecification.KMSMasterKeyId)).toContain('alias/gateway-dev-reporting-tables');
  });
});

describe('DynamoDB tables in the replica region (Sydney)', () => {
  it('does not create the replicated tables again, only the regional ones', () => {
    const names = replicaTables.map((r) => r.Properties.TableName).sort();
    expect(names).toEqual(tables.filter((t) => !replicated(t)).map((t) => physicalName(t, STAGE)).sort());
  });

  it('has the table key alias the primary names for its replicas', () => {
    const aliases = resourcesOfType(gateway.template(gateway.replica), 'AWS::KMS::Alias').map((a) => a.Properties.AliasName);
    expect(aliases).toContain('alias/gateway-dev-reporting-tables');
  });

  it('is deployed before the primary, which needs that key', () => {
    expect(gateway.primary.dependencies).toContain(gateway.replica);
  });
});
