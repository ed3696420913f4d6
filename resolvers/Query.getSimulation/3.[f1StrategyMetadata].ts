// Step 3: not in the new table and the legacy table not retired: look there (strategy_id = the simulation id).
import { runtime, util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerId } from '../lib/racesim/caller';
import { LEGACY_SIMULATION_TYPE } from '../lib/racesim/legacy';

export function request(ctx: Context<{ simulation_id: string }>) {
  // https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html
  ctx.stash.legacy = null;
  if (ctx.stash.found || ctx.stash.legacyRetired) runtime.earlyReturn(ctx.stash.found ?? null);
  return get({ key: { strategy_id: ctx.args.simulation_id }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const legacy = ctx.result as Record<string, unknown> | null;
  if (legacy && legacy.user_id !== callerId(ctx.identity)) util.unauthorized();
  ctx.stash.legacy = legacy && legacy.type === LEGACY_SIMULATION_TYPE ? legacy : null;
  return ctx.stash.legacy;
}
