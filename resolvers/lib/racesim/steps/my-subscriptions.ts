// Plan lookup, step 1 (f1Subscriptions): the caller's subscriptions in the new table; the active one is stashed as
// `found` and its plan as `plan` (`free` until a later step finds one).
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerId } from '../caller';
import { DEFAULT_PLAN } from '../plan-limits';
import { activeSubscription } from '../subscription';

export function request(ctx: Context) {
  return query({ query: { user_id: { eq: callerId(ctx.identity) } }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const items = (ctx.result.items ?? []) as Record<string, unknown>[];
  const found = activeSubscription(items);
  ctx.stash.subscriptionIds = items.map((s) => s.subscription_id);
  ctx.stash.found = found;
  ctx.stash.plan = found ? found.plan_id : DEFAULT_PLAN;
  return found;
}
