// The Flow Logic data migrations on DynamoDB Local, over data shaped as the seed's application would have left it:
// 002 month_key backfill, 003 sparse active-plan key, 004 lower-cased and reserved e-mails (with duplicates refused);
// each idempotent (a second run writes nothing), and all of them over the demo data.
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchPut } from '../../../../infra/local/dynamodb/batch-write';
import { createTables } from '../../../../infra/local/dynamodb/create-tables';
import { demoDataSet } from '../../../../infra/local/demo-data/demo-set';
import type { MigrationContext } from '../../../../infra/migrations/data-migration';
import * as m002 from '../../../../infra/migrations/flowlogic/002-backfill-month-key';
import * as m003 from '../../../../infra/migrations/flowlogic/003-active-plan-key';
import * as m004 from '../../../../infra/migrations/flowlogic/004-reserve-user-emails';
import { loadMigrations } from '../../../../infra/migrations/load-migrations';
import { runMigrations } from '../../../../infra/migrations/run-migrations';
import { physicalName, tableById, tables } from '../../../../infra/model';
import { FLOWLOGIC_MIGRATIONS_DIR } from '../../../../infra/migrations/load-migrations';
import { testDynamoClient, uniquePrefix } from '../../../support/dynamodb';

const client = testDynamoClient();
const doc = DynamoDBDocumentClient.from(client);
afterAll(() => client.destroy());

async function stageWithTables(): Promise<string> {
  const stage = uniquePrefix('fm').slice(0, -1);
  await createTables(client, { stage, tables: tables.filter((t) => t.app === 'flowlogic') });
  return stage;
}

function context(stage: string, lines: string[] = []): MigrationContext {
  return { doc, stage, tableName: (id) => physicalName(tableById(id), stage), log: (l) => lines.push(l), signal: new AbortController().signal };
}

async function all(stage: string, id: string) {
  return (await doc.send(new ScanCommand({ TableName: physicalName(tableById(id), stage), ConsistentRead: true }))).Items ?? [];
}

const put = (stage: string, id: string, Item: Record<string, unknown>) => doc.send(new PutCommand({ TableName: physicalName(tableById(id), stage), Item }));

describe('002 backfill month_key', () => {
  it('writes the UTC month of created_at where month_key is missing or malformed, and nothing on a second run', async () => {
    const stage = await stageWithTables();
    const a = (assessment_id: string, created_at: unknown, month_key?: string) => ({
      user_id: 'u1', assessment_id, test_id: 3, status: 'completed', ...(created_at === undefined ? {} : { created_at }), ...(month_key ? { month_key } : {}),
    });
    for (const item of [
      a('missing', '2025-11-03T10:00:00.000Z'),
      a('offset', '2025-12-31T23:30:00-05:00'), // 2026-01-01T04:30Z: January in UTC
      a('malformed', '2026-02-10T08:00:00Z', '2026-2'),
      a('kept', '2026-03-05T08:00:00Z', '2026-03'),
      a('no-offset', '2026-03-05T08:00:00'),
      a('words', 'yesterday'),
      a('absent', undefined),
    ]) await put(stage, 'flowAssessments', item);
    const lines: string[] = [];
    expect(await m002.up(context(stage, lines))).toEqual({ scanned: 7, backfilled: 3, changed: 0, unparseable: 3 });
    const byId = Object.fromEntries((await all(stage, 'flowAssessments')).map((i) => [i.assessment_id, i.month_key]));
    expect(byId).toEqual({ missing: '2025-11', offset: '2026-01', malformed: '2026-02', kept: '2026-03', 'no-offset': undefined, words: undefined, absent: undefined });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^assessment u1\/(no-offset|words|absent): created_at .* is not an ISO date-time/);
    // month-index now finds the backfilled ones.
    const jan = await doc.send(new QueryCommand({ TableName: physicalName(tableById('flowAssessments'), stage), IndexName: 'month-index', KeyConditionExpression: 'month_key = :m', ExpressionAttributeValues: { ':m': '2026-01' } }));
    expect(jan.Items?.map((i) => i.assessment_id)).toEqual(['offset']);
    expect(await m002.up(context(stage))).toEqual({ scanned: 7, backfilled: 0, changed: 0, unparseable: 3 });
  });

  it('computes months only from date-times with an offset', () => {
    expect(m002.monthKeyOf('2026-01-31T23:59:59.999+02:00')).toBe('2026-01');
    expect(m002.monthKeyOf('2026-01-31T23:59:59.999-02:00')).toBe('2026-02');
    expect(m002.monthKeyOf('2026-13-01T00:00:00Z')).toBeNull();
    expect(m002.monthKeyOf(20260101)).toBeNull();
  });
});

describe('003 active plan key', () => {
  it('turns the stored flag into a Boolean and sets or clears active_user_id to match', async () => {
    const stage = await stageWithTables();
    const p = (user_id: string, plan_id: string, flag: unknown, extra: Record<string, unknown> = {}) => ({
      user_id, plan_id, tier: 'basic', created_at: '2026-01-05T00:00:00.000Z', version: 1, ...(flag === undefined ? {} : { is_active: flag }), ...extra,
    });
    for (const item of [
      p('u1', 'str-true', 'true'),
      p('u2', 'num-one', 1),
      p('u2', 'num-zero', 0, { active_user_id: 'u2' }),
      p('u3', 'bool-true-no-key', true),
      p('u3', 'bool-false-stale-key', false, { active_user_id: 'u3' }),
      p('u4', 'no-flag', undefined),
      p('u4', 'yes', 'yes'),
      p('u5', 'right', true, { active_user_id: 'u5' }),
      p('u5', 'also-active', 'TRUE'),
    ]) await put(stage, 'flowPlans', item);
    const lines: string[] = [];
    expect(await m003.up(context(stage, lines))).toEqual({ scanned: 9, updated: 7, changed: 0, unrecognised: 1, users_with_several_active: 1 });
    const plans = Object.fromEntries((await all(stage, 'flowPlans')).map((i) => [i.plan_id, [i.is_active, i.active_user_id]]));
    expect(plans).toEqual({
      'str-true': [true, 'u1'], 'num-one': [true, 'u2'], 'num-zero': [false, undefined], 'bool-true-no-key': [true, 'u3'],
      'bool-false-stale-key': [false, undefined], 'no-flag': [false, undefined], yes: ['yes', undefined], right: [true, 'u5'], 'also-active': [true, 'u5'],
    });
    expect(lines).toContainEqual(expect.stringContaining('plan u4/yes: is_active "yes" means neither true nor false'));
    expect(lines).toContainEqual('users with several active plans (the newest is shown): u5');
    const active = await doc.send(new QueryCommand({ TableName: physicalName(tableById('flowPlans'), stage), IndexName: 'active-index', KeyConditionExpression: 'active_user_id = :u', ExpressionAttributeValues: { ':u': 'u3' } }));
    expect(active.Items?.map((i) => i.plan_id)).toEqual(['bool-true-no-key']);
    expect(await m003.up(context(stage))).toMatchObject({ scanned: 9, updated: 0, unrecognised: 1 });
  });
});

describe('004 reserve user e-mails', () => {
  const reservation = async (stage: string, email: string) =>
    (await doc.send(new GetCommand({ TableName: physicalName(tableById('flowUsers'), stage), Key: { user_id: `email#${email}` }, ConsistentRead: true }))).Item;

  it('lower-cases e-mails and reserves each one for its user, taking over stale reservations', async () => {
    const stage = await stageWithTables();
    const u = (user_id: string, email?: string) => ({ user_id, tier: 'free', created_at: '2026-01-01T00:00:00.000Z', ...(email ? { email } : {}) });
    for (const item of [
      u('legacy-mixed', '  Anna.Smirnova@Flow.Example '),
      u('legacy-lower', 'ivan@flow.example'),
      u('registered', 'maria@flow.example'),
      { user_id: 'email#maria@flow.example', owner_user_id: 'registered', created_at: '2026-01-01T00:00:00.000Z' },
      u('no-email'),
      u('heir', 'olga@flow.example'),
      // Reserved for a user who since changed e-mail, and for one who no longer exists.
      { user_id: 'email#olga@flow.example', owner_user_id: 'changed-email', created_at: '2025-01-01T00:00:00.000Z' },
      u('changed-email', 'olga.new@flow.example'),
      u('orphan-heir', 'pavel@flow.example'),
      { user_id: 'email#pavel@flow.example', owner_user_id: 'deleted-user', created_at: '2025-01-01T00:00:00.000Z' },
    ]) await put(stage, 'flowUsers', item);
    expect(await m004.up(context(stage))).toEqual({ users: 7, reserved: 5, already_reserved: 1, lowercased: 1, without_email: 1, changed: 0 });
    const users = Object.fromEntries((await all(stage, 'flowUsers')).filter((i) => !String(i.user_id).startsWith('email#')).map((i) => [i.user_id, i.email]));
    expect(users['legacy-mixed']).toBe('anna.smirnova@flow.example');
    for (const [email, owner] of [['anna.smirnova@flow.example', 'legacy-mixed'], ['ivan@flow.example', 'legacy-lower'], ['maria@flow.example', 'registered'], ['olga@flow.example', 'heir'], ['olga.new@flow.example', 'changed-email'], ['pavel@flow.example', 'orphan-heir']]) {
      expect((await reservation(stage, email))?.owner_user_id).toBe(owner);
    }
    expect(await m004.up(context(stage))).toEqual({ users: 7, reserved: 0, already_reserved: 6, lowercased: 0, without_email: 1, changed: 0 });
  });

  it('fails, naming user ids but not e-mails, when two users share an e-mail; fixed, it passes', async () => {
    const stage = await stageWithTables();
    await put(stage, 'flowUsers', { user_id: 'first', email: 'same@flow.example', created_at: '2026-01-01T00:00:00.000Z' });
    await put(stage, 'flowUsers', { user_id: 'second', email: 'SAME@flow.example', created_at: '2026-01-02T00:00:00.000Z' });
    await put(stage, 'flowUsers', { user_id: 'third', email: 'other@flow.example', created_at: '2026-01-03T00:00:00.000Z' });
    const failure = await m004.up(context(stage)).then(() => null, (e: Error) => e.message);
    expect(failure).toMatch(/^1 user\(s\) have an e-mail another user has \(ignoring case\): (first \(taken by second\)|second \(taken by first\))\. Change or remove one user/);
    expect(failure).not.toMatch(/same@|flow\.example/i);
    expect((await reservation(stage, 'other@flow.example'))?.owner_user_id).toBe('third'); // the others are done
    const loser = /: (first|second) \(taken by/.exec(failure ?? '')?.[1] as string;
    await put(stage, 'flowUsers', { user_id: loser, email: `${loser}@flow.example`, created_at: '2026-01-01T00:00:00.000Z' });
    expect(await m004.up(context(stage))).toMatchObject({ users: 3, reserved: 1, already_reserved: 2 });
  });
});

describe('over the demo data', () => {
  let stage: string;
  beforeAll(async () => {
    stage = await stageWithTables();
    const data = demoDataSet({ anchor: new Date('2026-03-01T00:00:00.000Z') });
    for (const t of tables.filter((x) => x.app === 'flowlogic')) await batchPut(client, physicalName(t, stage), data[t.id] ?? []);
  });

  it('002 and 003 (recorded as applied by the demo) change nothing; 004 runs and reserves every demo e-mail', async () => {
    expect(await m002.up(context(stage))).toMatchObject({ backfilled: 0, unparseable: 0 });
    expect(await m003.up(context(stage))).toMatchObject({ updated: 0, unrecognised: 0, users_with_several_active: 0 });
    const lines: string[] = [];
    const report = await runMigrations({ doc, stage, table: physicalName(tableById('flowMigrations'), stage), migrations: await loadMigrations(FLOWLOGIC_MIGRATIONS_DIR), log: (l) => lines.push(l) });
    expect(report.alreadyApplied).toEqual(['001', '002', '003']);
    expect(report.applied.map((a) => a.version)).toEqual(['004']);
    expect(report.applied[0].outcome).toMatchObject({ users: 12, reserved: 12, lowercased: 0 });
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([]);
    expect((await all(stage, 'flowUsers')).filter((i) => String(i.user_id).startsWith('email#'))).toHaveLength(12);
  });
});
