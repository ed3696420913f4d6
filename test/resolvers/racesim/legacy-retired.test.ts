// After `npm run migrate:f1` the legacy table is no longer read: the command (runMigrateF1, as the CLI runs it) moves
// the legacy records and retires the table; the table is then deleted outright, and every read through the local
// endpoint still succeeds, including misses that would have fallen back to it. Without the marker, the same miss
// reaches the deleted table and fails: the proof is not vacuous.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../support/demo-gateway';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { runMigrateF1 } from '../../../scripts/migrate-f1';
import { LEGACY_RETIRED_KEY } from '../../../resolvers/lib/racesim/legacy';

let gw: RepoGateway;
const GET = 'query ($id: ID!) { getSimulation(simulation_id: $id) { simulation_id user_id track_id } }';
const SUB = 'query { getMySubscription { subscription_id plan_id } }';
const USAGE = 'query { myFeatureUsage { plan_id features { feature_name limit_value } } }';
const CONSUME = 'mutation ($f: String!) { consumeFeature(feature: $f) { usage_count limit_value } }';

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['racesim'] });
});
afterAll(async () => gw?.close());

const auth = async (sub: string) => ({ authorization: await gw.auth.issuer.mintToken({ sub }) });

describe('after migrate:f1', () => {
  it('serves every read without the legacy table', async () => {
    const legacy = [
      { strategy_id: 'mig-sim-1', user_id: 'mig-user', type: 'simulation', track_id: 'monza', created_at: '2024-03-01T00:00:00Z' },
      { strategy_id: 'mig-sim-2', user_id: 'mig-user', type: 'simulation', track_id: 'spa' },
      { strategy_id: 'mig-sub-1', user_id: 'mig-user', type: 'subscription', plan_id: 'pro', status: 'active' },
      { strategy_id: 'mig-profile', user_id: 'mig-user', type: 'profile', name: 'M' },
    ];
    for (const Item of legacy) await gw.doc.send(new PutCommand({ TableName: gw.env.TABLE_f1StrategyMetadata, Item }));
    const me = await auth('mig-user');
    // Before the migration a legacy-only record is served by the fallback.
    expect((await gql(gw.url, GET, { id: 'mig-sim-1' }, me)).body).toEqual({ data: { getSimulation: { simulation_id: 'mig-sim-1', user_id: 'mig-user', track_id: 'monza' } } });

    const dir = mkdtempSync(join(tmpdir(), 'mig-retire-'));
    const args = { dryRun: false, stage: gw.stage, endpoint: 'unused', checkpointPath: join(dir, 'cp.json'), pageSize: 2 };
    const dry = await runMigrateF1({ ...args, dryRun: true }, gw.doc);
    expect(dry).toMatchObject({ complete: true, retired: false, wouldMove: 3 });
    const report = await runMigrateF1(args, gw.doc);
    expect(report).toMatchObject({ complete: true, retired: true, scanned: 4, moved: 2, present: 1 });
    expect(report.notMigrated).toEqual([{ strategy_id: 'mig-profile', reason: 'no new table for type "profile"' }]);

    await gw.client.send(new DeleteTableCommand({ TableName: gw.env.TABLE_f1StrategyMetadata }));

    expect((await gql(gw.url, GET, { id: 'mig-sim-2' }, me)).body).toEqual({ data: { getSimulation: { simulation_id: 'mig-sim-2', user_id: 'mig-user', track_id: 'spa' } } });
    expect((await gql(gw.url, GET, { id: 'never-existed' }, me)).body).toEqual({ data: { getSimulation: null } });
    expect((await gql(gw.url, SUB, {}, me)).body).toEqual({ data: { getMySubscription: { subscription_id: 'mig-sub-1', plan_id: 'pro' } } });
    const newcomer = await auth('mig-newcomer');
    expect((await gql(gw.url, SUB, {}, newcomer)).body).toEqual({ data: { getMySubscription: null } });
    expect((await gql(gw.url, USAGE, {}, newcomer)).body.data?.myFeatureUsage).toMatchObject({ plan_id: 'free' });
    expect((await gql(gw.url, CONSUME, { f: 'simulation' }, newcomer)).body).toEqual({ data: { consumeFeature: { usage_count: 1, limit_value: 3 } } });

    // Control: without the marker the same miss goes to the (deleted) legacy table and fails.
    await gw.doc.send(new DeleteCommand({ TableName: gw.env.TABLE_f1Subscriptions, Key: LEGACY_RETIRED_KEY }));
    const control = (await gql(gw.url, GET, { id: 'never-existed' }, me)).body.errors?.[0];
    expect(control?.errorType).toBe('DynamoDB:ResourceNotFoundException');
  });
});
