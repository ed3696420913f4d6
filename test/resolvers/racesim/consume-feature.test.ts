// consumeFeature and listMyActions through the local endpoint over real HTTP: the per-plan daily feature limit under
// concurrency, the action log written in the same transaction, bad input and other users refused.
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../support/demo-gateway';
import { inBatches } from '../../support/concurrency';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';

let gw: RepoGateway;
const CONSUME = 'mutation ($f: String!) { consumeFeature(feature: $f) { feature_date_key usage_count limit_value reset_date } }';

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['racesim'] });
});
afterAll(async () => gw?.close());

const token = (sub: string) => gw.auth.issuer.mintToken({ sub, expiresInSeconds: 10 * 86400 });
const today = () => new Date(Date.now() + gw.clock.offsetMs).toISOString().slice(0, 10);

async function subscribe(user_id: string, plan_id: string) {
  await gw.doc.send(new PutCommand({
    TableName: gw.env.TABLE_f1Subscriptions,
    Item: { user_id, subscription_id: 'sub-1', plan_id, status: 'active', current_period_start: '2025-01-01T00:00:00Z', current_period_end: '2099-01-01T00:00:00Z', stripe_subscription_id: 'sub_x' },
  }));
}

async function consume(auth: string, feature: string) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { body } = await gql(gw.url, CONSUME, { f: feature }, { authorization: auth });
    const error = body.errors?.[0] as { errorType?: string; errorInfo?: unknown } | undefined;
    if (!error) return { ok: true, data: body.data?.consumeFeature };
    if (error.errorType !== 'TransactionConflict') return { ok: false, errorType: error.errorType, errorInfo: error.errorInfo };
  }
  return { ok: false, errorType: 'GaveUp' };
}

async function logOf(user_id: string) {
  const out = await gw.doc.send(new QueryCommand({ TableName: gw.env.TABLE_f1ActionsLog, KeyConditionExpression: 'user_id = :u', ExpressionAttributeValues: { ':u': user_id }, ConsistentRead: true }));
  return out.Items ?? [];
}

describe('consumeFeature', () => {
  it('lets exactly 150 of 1,000 concurrent uses through the pro simulation limit, each logged once', async () => {
    await subscribe('racer-1', 'pro');
    const auth = await token('racer-1');
    const results = await inBatches(1000, 100, () => consume(auth, 'simulation'));
    expect(results.filter((r) => r.ok)).toHaveLength(150);
    expect(new Set(results.filter((r) => !r.ok).map((r) => r.errorType))).toEqual(new Set(['QuotaExceeded']));
    const usage = await gw.doc.send(new GetCommand({ TableName: gw.env.TABLE_f1Usage, Key: { user_id: 'racer-1', feature_date_key: `simulation_${today()}` }, ConsistentRead: true }));
    expect(usage.Item).toMatchObject({ usage_count: 150, limit_value: 150, feature_name: 'simulation', reset_date: today() });
    expect(await logOf('racer-1')).toHaveLength(150);
  }, 60_000);

  it('puts a caller without a subscription on the free plan and names the limit when refusing', async () => {
    const auth = await token('racer-free');
    const ok = await consume(auth, 'strategy_analysis');
    expect(ok).toMatchObject({ ok: true, data: { usage_count: 1, limit_value: 1, feature_date_key: `strategy_analysis_${today()}` } });
    const refused = await consume(auth, 'strategy_analysis');
    expect(refused).toMatchObject({ ok: false, errorType: 'QuotaExceeded', errorInfo: { limit: 'strategy_analysis', value: 1, usage: 1 } });
    expect(await logOf('racer-free')).toHaveLength(1);
  });

  it('starts a new counter on the next day', async () => {
    const auth = await token('racer-day');
    await consume(auth, 'strategy_analysis');
    gw.clock.offsetMs += 86400000;
    expect(await consume(auth, 'strategy_analysis')).toMatchObject({ ok: true, data: { usage_count: 1, reset_date: today() } });
  });

  it('refuses an unknown feature with ValidationError and writes nothing', async () => {
    const auth = await token('racer-bad');
    expect(await consume(auth, 'warp_drive')).toMatchObject({ ok: false, errorType: 'ValidationError' });
    expect(await logOf('racer-bad')).toHaveLength(0);
  });
});

describe('listMyActions', () => {
  it("lists only the caller's own actions in the range", async () => {
    const auth = await token('racer-log');
    await consume(auth, 'simulation');
    await consume(await token('racer-other'), 'simulation');
    const q = 'query ($from: AWSDateTime!, $to: AWSDateTime!) { listMyActions(from: $from, to: $to) { items { user_id action_type plan_id action_details } } }';
    const wide = await gql(gw.url, q, { from: '2000-01-01T00:00:00Z', to: '2999-01-01T00:00:00Z' }, { authorization: auth });
    expect(wide.body.data).toEqual({ listMyActions: { items: [{ user_id: 'racer-log', action_type: 'feature_used', plan_id: 'free', action_details: expect.stringContaining('simulation') }] } });
    const empty = await gql(gw.url, q, { from: '2000-01-01T00:00:00Z', to: '2001-01-01T00:00:00Z' }, { authorization: auth });
    expect(empty.body.data).toEqual({ listMyActions: { items: [] } });
    const bad = await gql(gw.url, q, { from: '2001-01-01T00:00:00Z', to: '2000-01-01T00:00:00Z' }, { authorization: auth });
    expect(bad.body.errors?.[0]?.errorType).toBe('ValidationError');
  });
});
