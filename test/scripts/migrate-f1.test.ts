// The F1 migration on DynamoDB Local: dry run writes nothing, an interrupted run resumes from its checkpoint without
// duplicates, a second run is idempotent, unmappable records are reported; the command line is checked.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTables } from '../../infra/local/dynamodb/create-tables';
import { migrateF1 } from '../../infra/local/migrations/f1/migrate';
import { apiEnvironment, tables } from '../../infra/model';
import { migrateOptions, parseMigrateArgs } from '../../scripts/migrate-f1';
import { testDynamoClient, uniquePrefix } from '../support/dynamodb';

const client = testDynamoClient();
const doc = DynamoDBDocumentClient.from(client);
const stage = uniquePrefix('mig').slice(0, -1);
const env = apiEnvironment(stage);
const dir = mkdtempSync(join(tmpdir(), 'migrate-f1-'));

async function scanAll(table: string) {
  return (await doc.send(new ScanCommand({ TableName: table, ConsistentRead: true }))).Items ?? [];
}

const legacy = [
  ...Array.from({ length: 20 }, (_, i) => ({ strategy_id: `sim-${i}`, user_id: `u${i % 4}`, type: 'simulation', track_id: 'monza', total_time: 5000 + i, created_at: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z` })),
  ...Array.from({ length: 3 }, (_, i) => ({ strategy_id: `subs-${i}`, user_id: `u${i}`, type: 'subscription', plan_id: 'pro', status: 'active' })),
  { strategy_id: 'profile-1', user_id: 'u1', type: 'profile', email: 'u1@f1.dev', name: 'U One' },
  { strategy_id: 'orphan', type: 'simulation', track_id: 'spa' },
];

beforeAll(async () => {
  await createTables(client, { stage, tables: tables.filter((t) => t.app === 'racesim') });
  for (let i = 0; i < legacy.length; i += 25) {
    await doc.send(new BatchWriteCommand({ RequestItems: { [env.TABLE_f1StrategyMetadata]: legacy.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  // One record was already copied by a read's fallback.
  await doc.send(new PutCommand({ TableName: env.TABLE_f1SimulationResults, Item: { simulation_id: 'sim-0', created_at: '2024-01-01T00:00:00Z', user_id: 'u0', track_id: 'monza', total_time: 5000 } }));
});
afterAll(() => client.destroy());

const options = (extra: { dryRun?: boolean; maxPages?: number }) => ({
  ...migrateOptions({ dryRun: false, stage, endpoint: 'unused', checkpointPath: join(dir, 'checkpoint.json'), pageSize: 5 }, doc),
  log: () => undefined,
  ...extra,
});

describe('migrateF1', () => {
  it('dry run reports what would move and writes nothing', async () => {
    const report = await migrateF1(options({ dryRun: true }));
    expect(report).toMatchObject({ scanned: 25, wouldMove: 23, moved: 0, complete: true });
    expect(report.notMigrated.map((n) => n.strategy_id).sort()).toEqual(['orphan', 'profile-1']);
    expect(await scanAll(env.TABLE_f1SimulationResults)).toHaveLength(1);
    expect(existsSync(join(dir, 'checkpoint.json'))).toBe(false);
  });

  it('resumes an interrupted run from its checkpoint and ends with every record once', async () => {
    const first = await migrateF1(options({ maxPages: 2 }));
    expect(first).toMatchObject({ scanned: 10, complete: false });
    expect(existsSync(join(dir, 'checkpoint.json'))).toBe(true);
    const second = await migrateF1(options({}));
    expect(second).toMatchObject({ scanned: 25, moved: 22, present: 1, complete: true, resumed: true });
    expect(second.notMigrated).toHaveLength(2);
    expect(existsSync(join(dir, 'checkpoint.json'))).toBe(false);
    const sims = await scanAll(env.TABLE_f1SimulationResults);
    expect(sims).toHaveLength(20);
    expect(new Set(sims.map((s) => s.simulation_id)).size).toBe(20);
    expect(sims.find((s) => s.simulation_id === 'sim-7')).toEqual({ simulation_id: 'sim-7', created_at: '2024-01-08T00:00:00Z', user_id: 'u3', track_id: 'monza', total_time: 5007 });
    const subs = await scanAll(env.TABLE_f1Subscriptions);
    expect(subs.map((s) => s.subscription_id).sort()).toEqual(['subs-0', 'subs-1', 'subs-2']);
  });

  it('is idempotent: a second full run moves nothing', async () => {
    const again = await migrateF1(options({}));
    expect(again).toMatchObject({ scanned: 25, moved: 0, present: 23, complete: true, resumed: false });
    expect(await scanAll(env.TABLE_f1SimulationResults)).toHaveLength(20);
  });
});

describe('parseMigrateArgs', () => {
  it('reads flags and the endpoint from the environment', () => {
    expect(parseMigrateArgs(['--dry-run', '--stage', 'dev', '--page-size', '50'], { DYNAMODB_ENDPOINT: 'http://localhost:8000' }, join(dir, 'none.json')))
      .toMatchObject({ dryRun: true, stage: 'dev', endpoint: 'http://localhost:8000', pageSize: 50, checkpointPath: '.gateway/migrate-f1-dev.checkpoint.json' });
  });

  it('refuses bad input with the usage', () => {
    expect(() => parseMigrateArgs(['--page-size', '0'], { DYNAMODB_ENDPOINT: 'x' }, join(dir, 'none.json'))).toThrow(/positive integer/);
    expect(() => parseMigrateArgs(['--bogus'], { DYNAMODB_ENDPOINT: 'x' }, join(dir, 'none.json'))).toThrow();
    expect(() => parseMigrateArgs([], {}, join(dir, 'none.json'))).toThrow(/no DynamoDB endpoint/);
  });
});
