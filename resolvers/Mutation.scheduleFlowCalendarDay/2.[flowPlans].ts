// Step 2: the date (the caller's today up to 6 days ahead), then the caller's active plan, read from the base table
// (strongly consistent, unlike the sparse active-index): `NotFound` without one.
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { MutationScheduleFlowCalendarDayArgs } from '../lib/generated/schema-types';
import { SCHEDULE_AHEAD_DAYS } from '../lib/flowlogic/day-tasks';
import { requireLocalDate } from '../lib/flowlogic/local-date';

export function request(ctx: Context<MutationScheduleFlowCalendarDayArgs>) {
  ctx.stash.date = requireLocalDate(ctx.args.date, SCHEDULE_AHEAD_DAYS);
  ctx.stash.now = util.time.nowISO8601();
  return query({ query: { user_id: { eq: ctx.stash.user.user_id as string } }, filter: { is_active: { eq: true } }, consistentRead: true });
}

export function response(ctx: Context<MutationScheduleFlowCalendarDayArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const plans = (ctx.result.items ?? []) as Record<string, unknown>[];
  const plan = plans.reduce((best: Record<string, unknown> | null, p) => (!best || (p.version as number) > (best.version as number) ? p : best), null);
  if (!plan) util.error('no active correction plan: complete an assessment first', 'NotFound');
  ctx.stash.plan = plan;
  return plan;
}
