// Step 1: refuse an unknown feature, then the caller's active subscription in the new table; steps 2 to 4 fall back
// to the legacy table (copying a legacy-only subscription once) unless migrate:f1 retired it. The plan decides the
// feature's daily limit (no active subscription: free).
import { util, type Context } from '@aws-appsync/utils';
import { DEFAULT_PLAN, featureLimit } from '../lib/racesim/plan-limits';
import { request as readSubscriptions } from '../lib/racesim/steps/my-subscriptions';

export function request(ctx: Context<{ feature: string }>) {
  if (featureLimit(DEFAULT_PLAN, ctx.args.feature) === null) util.error(`unknown feature "${ctx.args.feature}"`, 'ValidationError');
  return readSubscriptions(ctx);
}

export { response } from '../lib/racesim/steps/my-subscriptions';
