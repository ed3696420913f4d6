/**
 * Step 2: the date (the caller's today in some time zone), then the progress rows of D-1 .. D+2, strongly consistent:
 * D-1 carries the streak into D, D+1 and D+2 take it on from D. Read BEFORE the tasks (step 3): every completion
 * writes its task and the day's row (a new version) in one transaction, so tasks read after the row are at least as
 * new as it, and when they are newer, the version condition of step 4 fails instead of a completion being lost.
 */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { MutationCompleteFlowCalendarTaskArgs } from '../lib/generated/schema-types';
import { addDays, requireLocalDate } from '../lib/flowlogic/local-date';

export function request(ctx: Context<MutationCompleteFlowCalendarTaskArgs>) {
  const date = requireLocalDate(ctx.args.date, 0);
  ctx.stash.date = date;
  ctx.stash.now = util.time.nowISO8601();
  return query({ query: { user_id: { eq: ctx.stash.user.user_id as string }, date: { between: [addDays(date, -1), addDays(date, 2)] } }, consistentRead: true });
}

export function response(ctx: Context<MutationCompleteFlowCalendarTaskArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result.items ?? [];
}
