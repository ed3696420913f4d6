import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { keyAttributes, physicalName, tableById, tables } from '../../../../infra/model';
import { createTables, deleteTables } from '../../../../infra/local/dynamodb/create-tables';
import { testDynamoClient } from '../../../support/dynamodb';

const client = testDynamoClient();
const stage = `t${randomBytes(3).toString('hex')}`;
const byName = <T extends { AttributeName?: string }>(xs: T[] = []) =>
  [...xs].sort((a, b) => (a.AttributeName ?? '').localeCompare(b.AttributeName ?? ''));

afterAll(async () => {
  await deleteTables(client, { stage });
  client.destroy();
});

describe('createTables', () => {
  it('creates every table of the model as the model describes it', async () => {
    const lines: string[] = [];
    const created = await createTables(client, { stage, log: (l) => lines.push(l) });
    expect(created.map((c) => c.id)).toEqual(tables.map((t) => t.id));
    expect(created.every((c) => c.created)).toBe(true);
    expect(lines).toHaveLength(tables.length);

    for (const table of tables) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: physicalName(table, stage) }));
      expect(Table?.TableStatus).toBe('ACTIVE');
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
      expect(Table?.KeySchema).toEqual([
        { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
        ...(table.sortKey ? [{ AttributeName: table.sortKey.name, KeyType: 'RANGE' }] : []),
      ]);
      expect(byName(Table?.AttributeDefinitions)).toEqual(
        byName(keyAttributes(table).map((a) => ({ AttributeName: a.name, AttributeType: a.type }))),
      );
      const indexes = (Table?.GlobalSecondaryIndexes ?? []).map((i) => ({
        name: i.IndexName,
        keys: i.KeySchema,
        projection: i.Projection?.ProjectionType,
      }));
      expect(indexes.sort((a, b) => a.name!.localeCompare(b.name!))).toEqual(
        table.globalIndexes
          .map((i) => ({
            name: i.name,
            keys: [
              { AttributeName: i.partitionKey.name, KeyType: 'HASH' },
              ...(i.sortKey ? [{ AttributeName: i.sortKey.name, KeyType: 'RANGE' }] : []),
            ],
            projection: i.projection.type,
          }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
      if (table.stream) {
        expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: table.stream });
        expect(Table?.LatestStreamArn).toBeTruthy();
      } else {
        expect(Table?.StreamSpecification?.StreamEnabled ?? false).toBe(false);
      }
    }
  });

  it('enables TTL on the tables with a ttlAttribute, and only those', async () => {
    for (const table of tables) {
      const out = await client.send(new DescribeTimeToLiveCommand({ TableName: physicalName(table, stage) }));
      if (table.ttlAttribute) {
        expect(out.TimeToLiveDescription, table.id).toEqual({
          TimeToLiveStatus: 'ENABLED',
          AttributeName: table.ttlAttribute,
        });
      } else {
        expect(out.TimeToLiveDescription?.TimeToLiveStatus, table.id).toBe('DISABLED');
      }
    }
    expect(tables.filter((t) => t.ttlAttribute).map((t) => t.id)).toContain('usageHotEvents');
  });

  it('is idempotent: a second call keeps the existing tables and their data', async () => {
    const migrations = physicalName(tableById('flowMigrations'), stage);
    await client.send(
      new PutItemCommand({ TableName: migrations, Item: { version: { S: '001' }, author: { S: 'test' } } }),
    );
    const lines: string[] = [];
    const again = await createTables(client, { stage, log: (l) => lines.push(l) });
    expect(again.every((c) => !c.created)).toBe(true);
    expect(lines.every((l) => l.startsWith('kept'))).toBe(true);
    const kept = await client.send(new GetItemCommand({ TableName: migrations, Key: { version: { S: '001' } } }));
    expect(kept.Item?.author).toEqual({ S: 'test' });
  });

  it('creates only the tables asked for, and deleteTables removes them', async () => {
    const other = `t${randomBytes(3).toString('hex')}`;
    const subset = [tableById('orders'), tableById('flowProgress')];
    await createTables(client, { stage: other, tables: subset });
    // ListTables answers at most 100 names a page, and the run's DynamoDB Local holds every suite's tables.
    const names = async () => {
      const all: string[] = [];
      let start: string | undefined;
      do {
        const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
        all.push(...(page.TableNames ?? []));
        start = page.LastEvaluatedTableName;
      } while (start);
      return all;
    };
    const listed = (await names()).filter((n) => n.includes(`-${other}`));
    expect(listed.sort()).toEqual(subset.map((t) => physicalName(t, other)).sort());
    await deleteTables(client, { stage: other });
    expect((await names()).filter((n) => n.includes(`-${other}`))).toEqual([]);
  });
});
