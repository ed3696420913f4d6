/**
 * Step 4: a day that has tasks keeps them (answered as they are); otherwise ONE transaction puts the day's tasks from
 * the plan, each under attribute_not_exists(task_key), so a concurrent creation of the same day cancels it
 * (`TransactionConflict`: the retry answers the tasks the other call wrote).
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import type { MutationScheduleFlowCalendarDayArgs } from '../lib/generated/schema-types';
import { dayTasks, taskAttributes } from '../lib/flowlogic/day-tasks';

export function request(ctx: Context<MutationScheduleFlowCalendarDayArgs>) {
  const existing = ctx.prev.result as Record<string, unknown>[];
  if (existing.length > 0) runtime.earlyReturn(existing);
  const tasks = dayTasks(ctx.stash.user.user_id as string, ctx.stash.plan, ctx.stash.date as string, ctx.stash.now as string);
  if (tasks.length === 0) runtime.earlyReturn([]);
  ctx.stash.tasks = tasks;
  return {
    operation: 'TransactWriteItems',
    transactItems: tasks.map((t) => ({
      table: ctx.env.TABLE_flowCalendarTasks,
      operation: 'PutItem',
      key: util.dynamodb.toMapValues({ user_id: t.user_id, task_key: t.task_key }),
      attributeValues: util.dynamodb.toMapValues(taskAttributes(t)),
      condition: { expression: 'attribute_not_exists(task_key)', returnValuesOnConditionCheckFailure: false },
    })),
  };
}

export function response(ctx: Context<MutationScheduleFlowCalendarDayArgs>) {
  if (ctx.error) {
    const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
    if (reasons.length > 0) util.error('the day was scheduled concurrently; retry', 'TransactionConflict');
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.stash.tasks;
}
