// Step 4: copy a legacy-only record into the new table, once: the put is conditioned on the key not existing and
// logged (`legacy_copied`) in the same transaction, so of concurrent first reads exactly one copy commits.
import { runtime, util, type Context } from '@aws-appsync/utils';
import { actionLogPut } from '../lib/racesim/action-log';
import { simulationPut } from '../lib/racesim/simulation-put';
import { LEGACY_CREATED_AT } from '../lib/racesim/legacy';

export function request(ctx: Context<{ simulation_id: string }>) {
  if (ctx.stash.found) runtime.earlyReturn(ctx.stash.found);
  const legacy = ctx.stash.legacy as Record<string, unknown> | null;
  if (!legacy) runtime.earlyReturn(null);
  const sim: Record<string, unknown> = { ...(legacy as Record<string, unknown>), simulation_id: ctx.args.simulation_id };
  // The copy's key must be the same for every concurrent reader, or the condition could not see the other copies.
  if (!sim.created_at) sim.created_at = LEGACY_CREATED_AT;
  ctx.stash.sim = sim;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      simulationPut(ctx.env.TABLE_f1SimulationResults, sim),
      actionLogPut(ctx.env.TABLE_f1ActionsLog, sim.user_id as string, 'legacy_copied', { simulation_id: ctx.args.simulation_id }, ''),
    ],
  };
}

/**
 * A cancelled copy means a concurrent read copied it first (condition failed) or is copying it (conflict): the record
 * is served all the same, and the condition keeps the copy to one.
 */
export function response(ctx: Context) {
  const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
  if (ctx.error && reasons.length === 0) util.error(ctx.error.message, ctx.error.type);
  return ctx.stash.sim;
}
