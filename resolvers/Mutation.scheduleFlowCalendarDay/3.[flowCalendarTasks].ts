// Step 3: the tasks the day already has (begins_with(task_key, "YYYY-MM-DD#"), strongly consistent).
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { MutationScheduleFlowCalendarDayArgs } from '../lib/generated/schema-types';

export function request(ctx: Context<MutationScheduleFlowCalendarDayArgs>) {
  return query({ query: { user_id: { eq: ctx.stash.user.user_id as string }, task_key: { beginsWith: `${ctx.stash.date}#` } }, consistentRead: true });
}

export function response(ctx: Context<MutationScheduleFlowCalendarDayArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result.items ?? [];
}
