// Step 1: the caller's plan (their active subscription, else free) and the feature's daily limit under it.
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerId } from '../lib/racesim/caller';
import { DEFAULT_PLAN, featureLimit } from '../lib/racesim/plan-limits';

export function request(ctx: Context<{ feature: string }>) {
  const userId = callerId(ctx.identity);
  if (featureLimit(DEFAULT_PLAN, ctx.args.feature) === null) util.error(`unknown feature "${ctx.args.feature}"`, 'ValidationError');
  return query({ query: { user_id: { eq: userId } }, consistentRead: true });
}

export function response(ctx: Context<{ feature: string }>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const now = util.time.nowISO8601();
  const items = (ctx.result.items ?? []) as Record<string, string>[];
  const active = items.find((s) => s.status === 'active' && (!s.current_period_end || s.current_period_end >= now));
  const plan = active ? active.plan_id : DEFAULT_PLAN;
  ctx.stash.plan = plan;
  ctx.stash.limit = featureLimit(plan, ctx.args.feature);
  return plan;
}
