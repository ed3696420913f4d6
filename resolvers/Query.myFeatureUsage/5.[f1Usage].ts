// Step 5: the caller's usage of every feature of their plan on the day (default today, UTC), with ONE BatchGetItem on
// the `{feature}_{YYYY-MM-DD}` counters; a feature not used that day counts 0. The limit is the plan's now.
import { util, type Context } from '@aws-appsync/utils';
import { batchGet } from '@aws-appsync/utils/dynamodb';
import { callerId } from '../lib/racesim/caller';
import { FEATURE_LIMITS, featureLimit } from '../lib/racesim/plan-limits';
import type { QueryMyFeatureUsageArgs } from '../lib/generated/schema-types';

export function request(ctx: Context<QueryMyFeatureUsageArgs>) {
  const userId = callerId(ctx.identity);
  const day = ctx.args.date ?? util.time.epochMilliSecondsToFormatted(util.time.nowEpochMilliSeconds(), 'yyyy-MM-dd', 'UTC');
  const features = Object.keys(FEATURE_LIMITS[ctx.stash.plan as string] ?? FEATURE_LIMITS.free);
  ctx.stash.day = day;
  ctx.stash.features = features;
  return batchGet({ tables: { [ctx.env.TABLE_f1Usage]: { keys: features.map((f) => ({ user_id: userId, feature_date_key: `${f}_${day}` })), consistentRead: true } } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const userId = callerId(ctx.identity);
  const used: Record<string, number> = {};
  ((ctx.result.data[ctx.env.TABLE_f1Usage] ?? []) as (Record<string, unknown> | null)[]).forEach((u) => {
    if (u) used[u.feature_name as string] = u.usage_count as number;
  });
  const day = ctx.stash.day as string;
  const features = (ctx.stash.features as string[]).map((f) => ({
    user_id: userId,
    feature_date_key: `${f}_${day}`,
    feature_name: f,
    usage_count: used[f] ?? 0,
    reset_date: day,
    limit_value: featureLimit(ctx.stash.plan as string, f) ?? 0,
  }));
  return { plan_id: ctx.stash.plan, day, features };
}
