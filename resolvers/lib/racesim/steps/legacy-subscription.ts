// Plan lookup, step 3 (f1StrategyMetadata): with no active subscription in the new table and the legacy table not
// yet retired, the caller's legacy subscriptions (GSI user-index); the active one not already in the new table is
// stashed as `legacy` and its plan as `plan`.
import { runtime, util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerId } from '../caller';
import { LEGACY_SUBSCRIPTION_TYPE } from '../legacy';
import { activeSubscription } from '../subscription';

export function request(ctx: Context) {
  ctx.stash.legacy = null;
  if (ctx.stash.found || ctx.stash.legacyRetired) runtime.earlyReturn(ctx.stash.found ?? null);
  return query({ index: 'user-index', query: { user_id: { eq: callerId(ctx.identity) } }, filter: { type: { eq: LEGACY_SUBSCRIPTION_TYPE } } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const known = (ctx.stash.subscriptionIds ?? []) as string[];
  const records = (ctx.result.items ?? []) as Record<string, unknown>[];
  const candidates = records
    .filter((r) => !known.includes(r.strategy_id as string))
    .map((r) => ({ ...r, subscription_id: r.strategy_id }));
  const legacy = activeSubscription(candidates);
  if (legacy) {
    ctx.stash.legacy = legacy;
    ctx.stash.plan = legacy.plan_id;
  }
  return legacy;
}
