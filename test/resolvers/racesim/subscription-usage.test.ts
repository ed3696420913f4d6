// The caller's subscription and feature usage through the local endpoint over real HTTP: new table first, a
// legacy-only subscription served and copied once under concurrent reads (and its plan applied by consumeFeature),
// usage of each feature against the plan's limit, only ever the caller's own.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../support/demo-gateway';
import { inBatches } from '../../support/concurrency';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { FEATURE_LIMITS } from '../../../resolvers/lib/racesim/plan-limits';

let gw: RepoGateway;
const SUB = 'query { getMySubscription { user_id subscription_id plan_id status current_period_end } }';
const USAGE = 'query ($d: AWSDate) { myFeatureUsage(date: $d) { plan_id day features { feature_name feature_date_key usage_count limit_value reset_date user_id } } }';
const CONSUME = 'mutation ($f: String!) { consumeFeature(feature: $f) { usage_count limit_value } }';

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['racesim'] });
});
afterAll(async () => gw?.close());

const auth = async (sub: string) => ({ authorization: await gw.auth.issuer.mintToken({ sub }) });
const today = () => new Date(Date.now() + gw.clock.offsetMs).toISOString().slice(0, 10);

async function itemsOf(table: string, user_id: string) {
  const out = await gw.doc.send(new QueryCommand({ TableName: table, KeyConditionExpression: 'user_id = :u', ExpressionAttributeValues: { ':u': user_id }, ConsistentRead: true }));
  return out.Items ?? [];
}

describe('getMySubscription', () => {
  it('serves the active subscription of the new table, ignoring ended and cancelled ones', async () => {
    const put = (Item: Record<string, unknown>) => gw.doc.send(new PutCommand({ TableName: gw.env.TABLE_f1Subscriptions, Item }));
    await put({ user_id: 'sub-new', subscription_id: 'old', plan_id: 'team', status: 'active', current_period_end: '2020-01-01T00:00:00Z' });
    await put({ user_id: 'sub-new', subscription_id: 'gone', plan_id: 'team', status: 'canceled', current_period_end: '2099-01-01T00:00:00Z' });
    await put({ user_id: 'sub-new', subscription_id: 'now', plan_id: 'pro', status: 'active', current_period_end: '2099-01-01T00:00:00Z' });
    const { body } = await gql(gw.url, SUB, {}, await auth('sub-new'));
    expect(body).toEqual({ data: { getMySubscription: { user_id: 'sub-new', subscription_id: 'now', plan_id: 'pro', status: 'active', current_period_end: '2099-01-01T00:00:00Z' } } });
    expect((await gql(gw.url, SUB, {}, await auth('nobody'))).body).toEqual({ data: { getMySubscription: null } });
  });

  it('serves a legacy-only subscription and copies it exactly once under 30 concurrent first reads', async () => {
    await gw.doc.send(new PutCommand({
      TableName: gw.env.TABLE_f1StrategyMetadata,
      Item: { strategy_id: 'legacy-sub-1', user_id: 'sub-legacy', type: 'subscription', plan_id: 'pro', status: 'active', current_period_end: '2099-01-01T00:00:00Z', stripe_subscription_id: 'sub_old' },
    }));
    await gw.doc.send(new PutCommand({ TableName: gw.env.TABLE_f1StrategyMetadata, Item: { strategy_id: 'legacy-sim-x', user_id: 'sub-legacy', type: 'simulation', track_id: 'spa' } }));
    const me = await auth('sub-legacy');
    const reads = await inBatches(30, 30, () => gql(gw.url, SUB, {}, me));
    for (const { body } of reads) {
      expect(body).toEqual({ data: { getMySubscription: { user_id: 'sub-legacy', subscription_id: 'legacy-sub-1', plan_id: 'pro', status: 'active', current_period_end: '2099-01-01T00:00:00Z' } } });
    }
    expect(await itemsOf(gw.env.TABLE_f1Subscriptions, 'sub-legacy')).toEqual([
      { user_id: 'sub-legacy', subscription_id: 'legacy-sub-1', plan_id: 'pro', status: 'active', current_period_end: '2099-01-01T00:00:00Z', stripe_subscription_id: 'sub_old' },
    ]);
    expect((await itemsOf(gw.env.TABLE_f1ActionsLog, 'sub-legacy')).filter((a) => a.action_type === 'legacy_copied')).toHaveLength(1);
  });

  it("applies a legacy-only subscription's plan when consuming a feature", async () => {
    await gw.doc.send(new PutCommand({
      TableName: gw.env.TABLE_f1StrategyMetadata,
      Item: { strategy_id: 'legacy-sub-2', user_id: 'sub-legacy-2', type: 'subscription', plan_id: 'team', status: 'active' },
    }));
    const { body } = await gql(gw.url, CONSUME, { f: 'simulation' }, await auth('sub-legacy-2'));
    expect(body).toEqual({ data: { consumeFeature: { usage_count: 1, limit_value: FEATURE_LIMITS.team.simulation } } });
    expect(await itemsOf(gw.env.TABLE_f1Subscriptions, 'sub-legacy-2')).toHaveLength(1);
  });
});

describe('myFeatureUsage', () => {
  it("reports the caller's usage of every feature of their plan against its limit, today and on another day", async () => {
    await gw.doc.send(new PutCommand({ TableName: gw.env.TABLE_f1Subscriptions, Item: { user_id: 'usage-1', subscription_id: 's', plan_id: 'pro', status: 'active' } }));
    const me = await auth('usage-1');
    for (const f of ['simulation', 'simulation', 'strategy_analysis']) {
      expect((await gql(gw.url, CONSUME, { f }, me)).body.errors).toBeUndefined();
    }
    const day = today();
    const { body } = await gql(gw.url, USAGE, {}, me);
    expect(body.errors).toBeUndefined();
    const report = body.data?.myFeatureUsage as { plan_id: string; day: string; features: Record<string, unknown>[] };
    expect(report.plan_id).toBe('pro');
    expect(report.day).toBe(day);
    expect(report.features).toEqual(Object.entries(FEATURE_LIMITS.pro).map(([feature_name, limit_value]) => ({
      feature_name, feature_date_key: `${feature_name}_${day}`, reset_date: day, user_id: 'usage-1', limit_value,
      usage_count: { simulation: 2, strategy_analysis: 1 }[feature_name] ?? 0,
    })));
    const other = await gql(gw.url, USAGE, { d: '2024-02-29' }, me);
    expect((other.body.data?.myFeatureUsage as { features: { usage_count: number }[] }).features.map((f) => f.usage_count)).toEqual([0, 0, 0]);
    const stranger = await gql(gw.url, USAGE, {}, await auth('usage-2'));
    expect(stranger.body.data?.myFeatureUsage).toMatchObject({ plan_id: 'free', features: [{ usage_count: 0, limit_value: FEATURE_LIMITS.free.simulation }, {}, {}] });
    expect((await gql(gw.url, USAGE, { d: 'yesterday' }, me)).body.errors?.[0]).toBeDefined();
  });
});
