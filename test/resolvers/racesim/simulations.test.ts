// Simulations through the local endpoint over real HTTP: stored and logged in one transaction, listed newest first,
// legacy-only records served and copied exactly once under concurrent reads, other users refused.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../support/demo-gateway';
import { inBatches } from '../../support/concurrency';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';

let gw: RepoGateway;
const GET = 'query ($id: ID!) { getSimulation(simulation_id: $id) { simulation_id user_id track_id total_time created_at results } }';
const STORE = 'mutation ($i: StoreSimulationInput!) { storeSimulation(input: $i) { simulation_id created_at user_id track_id total_time } }';
const LIST = 'query { listMySimulations { items { simulation_id track_id } nextToken } }';

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['racesim'] });
});
afterAll(async () => gw?.close());

const auth = async (sub: string) => ({ authorization: await gw.auth.issuer.mintToken({ sub }) });

async function itemsOf(table: string, key: string, value: string) {
  const out = await gw.doc.send(new QueryCommand({ TableName: table, KeyConditionExpression: '#k = :v', ExpressionAttributeNames: { '#k': key }, ExpressionAttributeValues: { ':v': value }, ConsistentRead: true }));
  return out.Items ?? [];
}

describe('storeSimulation and listMySimulations', () => {
  it('stores runs with a log entry each and lists them newest first, only to their owner', async () => {
    const me = await auth('sim-user');
    const ids: string[] = [];
    for (const track of ['monza', 'spa', 'suzuka']) {
      const { body } = await gql(gw.url, STORE, { i: { track_id: track, total_time: 5000, results: '{"pos":1}' } }, me);
      expect(body.errors).toBeUndefined();
      ids.push((body.data?.storeSimulation as { simulation_id: string }).simulation_id);
    }
    const list = await gql(gw.url, LIST, {}, me);
    expect((list.body.data?.listMySimulations as { items: { track_id: string }[] }).items.map((s) => s.track_id)).toEqual(['suzuka', 'spa', 'monza']);
    expect((await itemsOf(gw.env.TABLE_f1ActionsLog, 'user_id', 'sim-user')).filter((a) => a.action_type === 'simulation_stored')).toHaveLength(3);
    const stranger = await gql(gw.url, GET, { id: ids[0] }, await auth('someone-else'));
    expect(stranger.body).toMatchObject({ data: { getSimulation: null }, errors: [{ errorType: 'Unauthorized' }] });
    expect((await gql(gw.url, LIST, {}, await auth('someone-else'))).body.data).toEqual({ listMySimulations: { items: [], nextToken: null } });
  });

  it('refuses malformed input with ValidationError and stores nothing', async () => {
    const me = await auth('sim-bad');
    const blank = await gql(gw.url, STORE, { i: { track_id: '  ' } }, me);
    expect(blank.body.errors?.[0]?.errorType).toBe('ValidationError');
    const negative = await gql(gw.url, STORE, { i: { track_id: 'monza', total_time: -1 } }, me);
    expect(negative.body.errors?.[0]?.errorType).toBe('ValidationError');
    expect(await itemsOf(gw.env.TABLE_f1ActionsLog, 'user_id', 'sim-bad')).toHaveLength(0);
  });
});

describe('legacy fallback', () => {
  it('serves a legacy-only simulation and copies it exactly once under 50 concurrent first reads', async () => {
    await gw.doc.send(new PutCommand({
      TableName: gw.env.TABLE_f1StrategyMetadata,
      Item: { strategy_id: 'legacy-sim-1', user_id: 'old-user', type: 'simulation', track_id: 'silverstone', total_time: 5400.5, results: '{"pos":3}', created_at: '2024-05-01T10:00:00Z' },
    }));
    const me = await auth('old-user');
    const reads = await inBatches(50, 50, () => gql(gw.url, GET, { id: 'legacy-sim-1' }, me));
    for (const { body } of reads) {
      expect(body).toEqual({ data: { getSimulation: { simulation_id: 'legacy-sim-1', user_id: 'old-user', track_id: 'silverstone', total_time: 5400.5, created_at: '2024-05-01T10:00:00Z', results: '{"pos":3}' } } });
    }
    expect(await itemsOf(gw.env.TABLE_f1SimulationResults, 'simulation_id', 'legacy-sim-1')).toHaveLength(1);
    const log = await itemsOf(gw.env.TABLE_f1ActionsLog, 'user_id', 'old-user');
    expect(log.filter((a) => a.action_type === 'legacy_copied')).toHaveLength(1);
  });

  it("refuses another user's legacy record and copies nothing; an unknown id is null", async () => {
    await gw.doc.send(new PutCommand({ TableName: gw.env.TABLE_f1StrategyMetadata, Item: { strategy_id: 'legacy-sim-2', user_id: 'owner-2', type: 'simulation', track_id: 'imola' } }));
    const other = await gql(gw.url, GET, { id: 'legacy-sim-2' }, await auth('intruder'));
    expect(other.body.errors?.[0]?.errorType).toBe('Unauthorized');
    expect(await itemsOf(gw.env.TABLE_f1SimulationResults, 'simulation_id', 'legacy-sim-2')).toHaveLength(0);
    expect((await gql(gw.url, GET, { id: 'nope' }, await auth('intruder'))).body).toEqual({ data: { getSimulation: null } });
  });
});
