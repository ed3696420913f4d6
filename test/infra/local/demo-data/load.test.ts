import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { physicalName, tableById, tables } from '../../../../infra/model';
import { createTables, deleteTables } from '../../../../infra/local/dynamodb/create-tables';
import { countItems } from '../../../../infra/local/dynamodb/count-items';
import { loadDemoData, type DemoLoadResult } from '../../../../infra/local/demo-data/load';
import { demoDataSet } from '../../../../infra/local/demo-data/demo-set';
import { dayAt, startOfUtcDay } from '../../../../infra/local/demo-data/generate';
import { testDynamoClient } from '../../../support/dynamodb';

const client = testDynamoClient();
const stage = `t${randomBytes(3).toString('hex')}`;
// Relative to today: DynamoDB Local deletes items whose TTL (expires_at) has passed, as DynamoDB does.
const anchor = startOfUtcDay(new Date());
const expected = demoDataSet({ anchor });
const name = (id: string) => physicalName(tableById(id), stage);
let results: DemoLoadResult[];

async function query(
  input: Omit<QueryCommandInput, 'ExpressionAttributeValues'> & { values: Record<string, unknown> },
) {
  const { values, ...rest } = input;
  const out = await client.send(new QueryCommand({ ...rest, ExpressionAttributeValues: marshall(values) }));
  return { items: (out.Items ?? []).map((i) => unmarshall(i)), next: out.LastEvaluatedKey };
}

beforeAll(async () => {
  await createTables(client, { stage });
  results = await loadDemoData(client, stage, () => {}, { anchor });
}, 120_000);

afterAll(async () => {
  await deleteTables(client, { stage });
  client.destroy();
});

describe('loadDemoData', () => {
  it('writes every demo item into every table and reports the counts', async () => {
    expect(results.map((r) => r.id)).toEqual(tables.map((t) => t.id));
    for (const r of results) {
      expect(r.kept).toBe(false);
      expect(r.loaded, r.id).toBe(expected[r.id].length);
      expect(await countItems(client, r.name), r.name).toBe(expected[r.id].length);
    }
  });

  it('leaves tables that hold data alone on a second load', async () => {
    const again = await loadDemoData(client, stage, () => {}, { anchor: new Date(anchor.getTime() + 86_400_000) });
    expect(again.every((r) => r.kept && r.loaded === 0)).toBe(true);
    expect(await countItems(client, name('orders'))).toBe(expected.orders.length);
  });

  it('finds John Doe by email-index and Acme by plan-index', async () => {
    const users = await query({
      TableName: name('reportingUsers'),
      IndexName: 'email-index',
      KeyConditionExpression: 'email = :e',
      values: { ':e': 'john.doe@acme.com' },
    });
    expect(users.items).toHaveLength(1);
    expect(users.items[0]).toMatchObject({ user_id: 'user_67890', name: 'John Doe', org_id: 'org_12345' });
    const orgs = await query({
      TableName: name('organizations'),
      IndexName: 'plan-index',
      KeyConditionExpression: 'plan_id = :p',
      values: { ':p': 'premium' },
    });
    expect(orgs.items.map((o) => o.org_name)).toContain('Acme Corporation');
    expect(orgs.items.every((o) => o.plan_id === 'premium')).toBe(true);
  });

  it("pages through a store's orders on store-index, newest first", async () => {
    const seen: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    let pages = 0;
    do {
      const out = await client.send(
        new QueryCommand({
          TableName: name('orders'),
          IndexName: 'store-index',
          KeyConditionExpression: 'store_id = :s',
          ExpressionAttributeValues: marshall({ ':s': 'store_001' }),
          ScanIndexForward: false,
          Limit: 40,
          ExclusiveStartKey: startKey as never,
        }),
      );
      seen.push(...(out.Items ?? []).map((i) => unmarshall(i)));
      startKey = out.LastEvaluatedKey;
      pages++;
    } while (startKey && pages < 50);
    const total = expected.orders.filter((o) => o.store_id === 'store_001').length;
    expect(total).toBeGreaterThan(100);
    expect(seen).toHaveLength(total);
    expect(pages).toBeGreaterThanOrEqual(3);
    const times = seen.map((o) => o.created_at as string);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(seen.map((o) => o.order_id)).size).toBe(total);
  });

  it("lists a Flow Logic user's tasks for a date with begins_with on task_key", async () => {
    const userId = expected.flowPlans.find((p) => p.is_active)!.user_id as string;
    const date = dayAt(anchor, -5);
    const tasks = await query({
      TableName: name('flowCalendarTasks'),
      KeyConditionExpression: 'user_id = :u AND begins_with(task_key, :d)',
      values: { ':u': userId, ':d': `${date}#` },
    });
    const want = expected.flowCalendarTasks.filter((t) => t.user_id === userId && t.task_date === date);
    expect(want.length).toBeGreaterThan(0);
    expect(tasks.items.map((t) => t.task_id).sort()).toEqual(want.map((t) => t.task_id).sort());
    expect(tasks.items.every((t) => t.task_date === date)).toBe(true);
  });

  it("reads the day's top streaks across users, descending, on top-streaks-index", async () => {
    const date = dayAt(anchor, -1);
    const top = await query({
      TableName: name('flowProgress'),
      IndexName: 'top-streaks-index',
      KeyConditionExpression: '#d = :d',
      ExpressionAttributeNames: { '#d': 'date' },
      values: { ':d': date },
      ScanIndexForward: false,
    });
    const streaks = top.items.map((p) => p.streak as number);
    expect(streaks.length).toBe(expected.flowProgress.filter((p) => p.date === date).length);
    expect(streaks.length).toBeGreaterThan(1);
    expect(streaks).toEqual([...streaks].sort((a, b) => b - a));
    expect(new Set(top.items.map((p) => p.user_id)).size).toBe(streaks.length);
  });

  it('finds the active plan on the sparse active-index, and pending hot events on pending-index', async () => {
    const userId = expected.flowPlans.find((p) => p.is_active)!.user_id as string;
    const active = await query({
      TableName: name('flowPlans'),
      IndexName: 'active-index',
      KeyConditionExpression: 'active_user_id = :u',
      values: { ':u': userId },
    });
    expect(active.items).toHaveLength(1);
    expect(active.items[0].is_active).toBe(true);
    const pending = await query({
      TableName: name('usageHotEvents'),
      IndexName: 'pending-index',
      KeyConditionExpression: 'pending_shard = :s',
      values: { ':s': 'shard-0' },
    });
    expect(pending.items.length).toBe(expected.usageHotEvents.filter((e) => e.pending_shard === 'shard-0').length);
    expect(pending.items.length).toBeGreaterThan(0);
  });
});
