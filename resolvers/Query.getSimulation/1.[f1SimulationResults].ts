// Step 1: the new table first (partition simulation_id; one run per id).
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerId } from '../lib/racesim/caller';

export function request(ctx: Context<{ simulation_id: string }>) {
  callerId(ctx.identity);
  return query({ query: { simulation_id: { eq: ctx.args.simulation_id } }, limit: 1, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const found = (ctx.result.items ?? [])[0] ?? null;
  if (found && found.user_id !== callerId(ctx.identity)) util.unauthorized();
  ctx.stash.found = found;
  return found;
}
