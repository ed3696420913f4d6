// Stores a simulation for the caller and appends `simulation_stored` to the action log, in one transaction.
import { util, type Context } from '@aws-appsync/utils';
import { actionLogPut } from '../lib/racesim/action-log';
import { callerId } from '../lib/racesim/caller';
import { simulationPut } from '../lib/racesim/simulation-put';

interface Args { input: { track_id: string; strategy_data?: string | null; results?: string | null; total_time?: number | null } }

export function request(ctx: Context<Args>) {
  const userId = callerId(ctx.identity);
  const input = ctx.args.input;
  if (input.track_id.trim() === '') util.error('track_id must not be empty', 'ValidationError');
  if (input.total_time !== undefined && input.total_time !== null && input.total_time < 0) util.error('total_time must not be negative', 'ValidationError');
  const sim = { ...input, simulation_id: util.autoId(), created_at: util.time.nowISO8601(), user_id: userId };
  ctx.stash.sim = sim;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      simulationPut(ctx.env.TABLE_f1SimulationResults, sim),
      actionLogPut(ctx.env.TABLE_f1ActionsLog, userId, 'simulation_stored', { simulation_id: sim.simulation_id, track_id: input.track_id }, ''),
    ],
  };
}

export function response(ctx: Context<Args>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.stash.sim;
}
