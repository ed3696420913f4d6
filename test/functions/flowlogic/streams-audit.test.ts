// The Flow Logic audit trail on DynamoDB Local streams: every insert, update and delete on each streamed table
// becomes one audit entry (keys, event, changed attributes, values without e-mail), readable by FLOW_ADMIN;
// redelivered records write nothing twice, a failed write is retried from that record, and no log line names a
// user id or an e-mail.
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditTrail } from '../../../functions/flowlogic/audit-trail';
import { auditEntryOf } from '../../../functions/flowlogic/audit-entry';
import { FLOW_STREAMED_TABLES } from '../../../infra/local/gateway/stream-consumers';
import { startStreamPoller } from '../../../infra/local/streams/stream-poller';
import { createTables } from '../../../infra/local/dynamodb/create-tables';
import { physicalName, tableById } from '../../../infra/model';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { adminToken, call, userToken, type Json } from '../../resolvers/flowlogic/flow-api';

let gw: RepoGateway;
const logged: string[] = [];

const AUDIT = `query ($u: ID!, $t: String, $l: Int, $n: String) { flowAuditTrail(user_id: $u, table: $t, limit: $l, nextToken: $n) {
  items { user_id change_key table event_name keys changed old_values new_values event_id sequence_number changed_at } nextToken } }`;

beforeAll(async () => {
  for (const level of ['log', 'error', 'warn', 'info'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
  gw = await startRepoGateway({ apps: ['flowlogic'], streams: ['flowlogic-audit'] });
}, 60_000);
afterAll(async () => {
  await gw?.close();
  vi.restoreAllMocks();
});

const table = (id: string) => gw.env[`TABLE_${id}`];
const auditOf = async (userId: string) =>
  (await gw.doc.send(new QueryCommand({ TableName: table('flowAudit'), KeyConditionExpression: 'user_id = :u', ExpressionAttributeValues: { ':u': userId }, ConsistentRead: true }))).Items ?? [];

/**
 * Runs the consumers until `user` has `count` audit entries (bounded: DynamoDB Local's streams can lag behind the
 * writes under load), then returns them; more than `count` would show a record audited twice.
 */
async function audited(user: string, count: number) {
  for (let i = 0; i < 50; i += 1) {
    await gw.streams!.drain();
    if ((await auditOf(user)).length >= count) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await gw.streams!.drain();
  return auditOf(user);
}

/** One item per streamed table for `user`, the second attribute changed by the update. */
function itemsOf(user: string): Record<string, Record<string, unknown>> {
  const at = '2026-03-02T10:00:00Z';
  return {
    flowUsers: { user_id: user, email: `${user}@mail.test`, name: 'Анна', tier: 'free', wellness_disclaimer_accepted: false, created_at: at, updated_at: at },
    flowSubscriptions: { user_id: user, subscription_id: 'sub_1', stripe_customer_id: 'cus_1', tier: 'pro', status: 'active', current_period_start: at, current_period_end: at, cancel_at_period_end: false, created_at: at, updated_at: at },
    flowAssessments: { user_id: user, assessment_id: 'a1', test_id: 3, test_name: 'Squat', video_url: 's3://v/a1.mp4', status: 'processing', attempt_number: 1, created_at: at, month_key: '2026-03' },
    flowPlans: { user_id: user, plan_id: 'p1', tier: 'pro', is_active: true, active_user_id: user, based_on_tests: [3], version: 1, created_at: at, updated_at: at },
    flowCalendarTasks: { user_id: user, task_key: '2026-03-02#t1', task_date: '2026-03-02', task_id: 't1', exercise_id: 'e1', priority: 'must', completed: false, created_at: at },
    flowProgress: { user_id: user, date: '2026-03-02', completion_percentage: 0, tasks_completed: 0, tasks_total: 1, streak: 0, streak_points: 0, created_at: at, updated_at: at },
    flowUserLimits: { user_id: user, plan: 'pro', video_quota_used_daily: 0, video_quota_day: 21, attempts_per_test: {}, updated_at: at },
  };
}
const UPDATED: Record<string, [string, unknown]> = {
  flowUsers: ['tier', 'pro'],
  flowSubscriptions: ['status', 'past_due'],
  flowAssessments: ['status', 'completed'],
  flowPlans: ['version', 2],
  flowCalendarTasks: ['completed', true],
  flowProgress: ['streak', 1],
  flowUserLimits: ['video_quota_used_daily', 1],
};

const keyOf = (id: string, item: Record<string, unknown>) => {
  const model = tableById(id);
  return Object.fromEntries([model.partitionKey, model.sortKey].filter((k) => k !== undefined).map((k) => [k.name, item[k.name]]));
};

describe('Flow Logic audit trail', () => {
  it('records every insert, update and delete of each streamed table once, without the e-mail in its values', async () => {
    const user = 'audit-user-1';
    const items = itemsOf(user);
    expect(Object.keys(items).sort()).toEqual([...FLOW_STREAMED_TABLES].sort());
    for (const [id, item] of Object.entries(items)) {
      await gw.doc.send(new PutCommand({ TableName: table(id), Item: item }));
      const [name, value] = UPDATED[id];
      await gw.doc.send(new UpdateCommand({ TableName: table(id), Key: keyOf(id, item), UpdateExpression: 'SET #a = :v', ExpressionAttributeNames: { '#a': name }, ExpressionAttributeValues: { ':v': value } }));
      await gw.doc.send(new DeleteCommand({ TableName: table(id), Key: keyOf(id, item) }));
    }
    const entries = await audited(user, 21);
    expect(entries).toHaveLength(21);
    for (const id of FLOW_STREAMED_TABLES) {
      const mine = entries.filter((e) => e.table === id);
      expect(mine.map((e) => e.event_name).sort(), id).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
      for (const e of mine) expect(JSON.parse(e.keys), id).toEqual(keyOf(id, items[id]));
      const modify = mine.find((e) => e.event_name === 'MODIFY')!;
      expect(modify.changed, id).toEqual([UPDATED[id][0]]);
      expect(JSON.parse(modify.old_values)[UPDATED[id][0]], id).toEqual(items[id][UPDATED[id][0]]);
      expect(JSON.parse(modify.new_values)[UPDATED[id][0]], id).toEqual(UPDATED[id][1]);
      const insert = mine.find((e) => e.event_name === 'INSERT')!;
      expect(insert.old_values, id).toBeNull();
      expect(insert.changed, id).toEqual(Object.keys(items[id]).sort());
      const remove = mine.find((e) => e.event_name === 'REMOVE')!;
      expect(remove.new_values, id).toBeNull();
    }
    // An empty map (no attempts yet) is audited as one, as Lambda would deliver it.
    const limits = entries.find((e) => e.table === 'flowUserLimits' && e.event_name === 'INSERT')!;
    expect(JSON.parse(limits.new_values).attempts_per_test).toEqual({});
    // The e-mail is a changed attribute name of the user's insert, never a stored value.
    const userEntries = entries.filter((e) => e.table === 'flowUsers');
    for (const e of userEntries) expect(JSON.stringify(e)).not.toContain('@mail.test');
    expect(userEntries.find((e) => e.event_name === 'INSERT')!.changed).toContain('email');
    // Per table, entries are in write order: time, then the stream's sequence number.
    const order = (id: string) => entries.filter((e) => e.table === id).sort((a, b) => (a.change_key < b.change_key ? -1 : 1)).map((e) => e.event_name);
    for (const id of FLOW_STREAMED_TABLES) expect(order(id), id).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
  });

  it("files an e-mail reservation's change under its owner, and FLOW_ADMIN reads it newest first, by table, page by page", async () => {
    const user = 'audit-user-2';
    await gw.doc.send(new PutCommand({ TableName: table('flowUsers'), Item: { user_id: `email#${user}@mail.test`, owner_user_id: user } }));
    await gw.doc.send(new PutCommand({ TableName: table('flowProgress'), Item: itemsOf(user).flowProgress }));
    await gw.doc.send(new UpdateCommand({ TableName: table('flowProgress'), Key: { user_id: user, date: '2026-03-02' }, UpdateExpression: 'SET streak = :s', ExpressionAttributeValues: { ':s': 4 } }));
    expect(await audited(user, 3)).toHaveLength(3);

    const admin = await adminToken(gw);
    const all = await call(gw, admin, AUDIT, { u: user });
    expect(all.errors).toBeUndefined();
    const items = all.data.flowAuditTrail.items as Json[];
    expect(items.map((e) => [e.table, e.event_name])).toContainEqual(['flowUsers', 'INSERT']);
    const keys = items.map((e) => e.change_key);
    expect(keys).toEqual([...keys].sort().reverse());
    const progress = await call(gw, admin, AUDIT, { u: user, t: 'flowProgress' });
    expect(progress.data.flowAuditTrail.items.map((e: Json) => e.event_name)).toEqual(['MODIFY', 'INSERT']);
    expect(JSON.parse(progress.data.flowAuditTrail.items[0].new_values).streak).toBe(4);

    const first = await call(gw, admin, AUDIT, { u: user, l: 1 });
    expect(first.data.flowAuditTrail.items).toHaveLength(1);
    const second = await call(gw, admin, AUDIT, { u: user, l: 1, n: first.data.flowAuditTrail.nextToken });
    expect(second.data.flowAuditTrail.items[0].change_key < first.data.flowAuditTrail.items[0].change_key).toBe(true);

    const self = await call(gw, await userToken(gw, user), AUDIT, { u: user });
    expect(self.errorType).toBe('Unauthorized');
  });

  it('writes nothing twice when a batch is delivered again, and retries a failed write from that record', async () => {
    const user = 'audit-user-3';
    // An audit table of its own: the gateway's consumer records the same stream into the shared one.
    const stage = `${gw.stage}x`;
    await createTables(gw.client, { stage, tables: [tableById('flowAudit')] });
    const ownAudit = physicalName(tableById('flowAudit'), stage);
    const auditOf = async (userId: string) =>
      (await gw.doc.send(new QueryCommand({ TableName: ownAudit, KeyConditionExpression: 'user_id = :u', ExpressionAttributeValues: { ':u': userId }, ConsistentRead: true }))).Items ?? [];
    const seen: DynamoDBRecord[] = [];
    const tableIds = { [table('flowCalendarTasks')]: 'flowCalendarTasks' };
    let failOnPut = 3;
    const flaky = {
      send: (command: Parameters<DynamoDBClient['send']>[0]) => {
        failOnPut -= 1;
        if (failOnPut === 0) return Promise.reject(Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' }));
        return gw.client.send(command);
      },
    } as unknown as DynamoDBClient;
    const handle = auditTrail({ client: flaky, auditTable: ownAudit, tableIds, log: (line) => logged.push(line) });
    const batches: { records: number; failed: number }[] = [];
    const poller = await startStreamPoller({
      client: gw.client,
      tableName: table('flowCalendarTasks'),
      handler: async (event) => {
        seen.push(...event.Records.filter((r) => !seen.some((s) => s.eventID === r.eventID)));
        const out = await handle(event);
        batches.push({ records: event.Records.length, failed: out.batchItemFailures.length });
        return out;
      },
    });
    try {
      for (let day = 1; day <= 5; day += 1) {
        const date = `2026-03-0${day}`;
        await gw.doc.send(new PutCommand({ TableName: table('flowCalendarTasks'), Item: { ...itemsOf(user).flowCalendarTasks, task_key: `${date}#t1`, task_date: date } }));
      }
      for (let i = 0; i < 50 && (await auditOf(user)).length < 5; i += 1) {
        await poller.drain();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await poller.stop();
    }
    expect(seen).toHaveLength(5);
    // The third write failed once and the batch was taken up again from it.
    expect(batches.some((b) => b.failed === 1)).toBe(true);
    expect(await auditOf(user)).toHaveLength(5);

    // Lambda may deliver a batch again (retries, bisection): the same records write nothing new.
    const before = await auditOf(user);
    const again = await auditTrail({ client: gw.client, auditTable: ownAudit, tableIds, log: (line) => logged.push(line) })({ Records: seen });
    expect(again.batchItemFailures).toEqual([]);
    expect(await auditOf(user)).toEqual(before);
    expect(logged).toContain('audit: 0 recorded, 5 already recorded');
    expect(before.map((e) => e.change_key).sort()).toEqual(seen.map((r) => auditEntryOf(r, tableIds).change_key).sort());
  });

  it('refuses a record of a stream it does not audit, without writing or dropping it', async () => {
    const handle = auditTrail({ client: gw.client, auditTable: table('flowAudit'), tableIds: {}, log: (line) => logged.push(line) });
    const record: DynamoDBRecord = { eventID: 'ev-unknown', eventName: 'INSERT', eventSourceARN: 'arn:aws:dynamodb:eu-west-2:1:table/other/stream/x', dynamodb: { Keys: { user_id: { S: 'u' } }, SequenceNumber: '1' } };
    expect(await handle({ Records: [record] })).toEqual({ batchItemFailures: [{ itemIdentifier: 'ev-unknown' }] });
    expect(logged.some((l) => l.includes('ev-unknown') && l.includes('not audited'))).toBe(true);
  });

  it('skips a record that keeps failing after the retries, as deployed (dead-letter queue), and goes on', async () => {
    const user = 'audit-user-4';
    const handled: number[] = [];
    const poller = await startStreamPoller({
      client: gw.client,
      tableName: table('flowProgress'),
      maxRetries: 2,
      log: (line) => logged.push(line),
      handler: async (event) => {
        for (const record of event.Records) {
          const streak = Number(record.dynamodb?.NewImage?.streak?.N);
          if (streak < 0) return { batchItemFailures: [{ itemIdentifier: record.eventID ?? '' }] };
          handled.push(streak);
        }
        return { batchItemFailures: [] };
      },
    });
    try {
      for (const [day, streak] of [[1, 1], [2, -1], [3, 3]]) {
        await gw.doc.send(new PutCommand({ TableName: table('flowProgress'), Item: { ...itemsOf(user).flowProgress, date: `2026-03-0${day}`, streak } }));
      }
      for (let i = 0; i < 50 && handled.length < 2; i += 1) {
        await poller.drain();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await poller.stop();
    }
    expect(handled).toEqual([1, 3]);
    expect(logged.some((l) => /failed 3 times; skipped/.test(l))).toBe(true);
  });

  it('logs neither user ids nor e-mails', () => {
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line).not.toMatch(/audit-user|@mail\.test|email#/);
  });
});
