/**
 * Step 4: ONE transaction completes the task (condition: completed = false) and writes the day's progress (and the
 * neighbours it conditions on or carries into), each conditioned on the version read. A completed task whose day's
 * progress already holds its counts writes nothing (newly_completed false): completing twice never counts twice.
 * A cancelled transaction means another request completed this task or changed these days in between: nothing was
 * written, `TransactionConflict` (retry; the retry reads the new state).
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import type { MutationCompleteFlowCalendarTaskArgs } from '../lib/generated/schema-types';

type Rec = Record<string, unknown>;

export function request(ctx: Context<MutationCompleteFlowCalendarTaskArgs>) {
  const task = ctx.stash.task as Rec;
  const now = ctx.stash.now as string;
  const fresh = task.completed !== true;
  ctx.stash.answer = {
    task: fresh ? { ...task, completed: true, completed_at: now } : task,
    progress: ctx.stash.writes.progress,
    newly_completed: fresh,
  };
  const items: Rec[] = [];
  if (fresh) {
    items.push({
      table: ctx.env.TABLE_flowCalendarTasks,
      operation: 'UpdateItem',
      key: util.dynamodb.toMapValues({ user_id: task.user_id, task_key: task.task_key }),
      update: {
        expression: 'SET #c = :yes, #ca = :now',
        expressionNames: { '#c': 'completed', '#ca': 'completed_at' },
        expressionValues: util.dynamodb.toMapValues({ ':yes': true, ':now': now }),
      },
      condition: { expression: '#c = :no', expressionValues: util.dynamodb.toMapValues({ ':no': false }), returnValuesOnConditionCheckFailure: false },
    });
  }
  const progressItems = ctx.stash.writes.items as Rec[];
  progressItems.forEach((item) => items.push(item));
  if (items.length === 0) runtime.earlyReturn(ctx.stash.answer);
  return { operation: 'TransactWriteItems', transactItems: items };
}

export function response(ctx: Context<MutationCompleteFlowCalendarTaskArgs>) {
  if (ctx.error) {
    const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
    if (reasons.length === 0) util.error(ctx.error.message, ctx.error.type);
    const taskRaced = ctx.stash.answer.newly_completed && reasons[0].type === 'ConditionCheckFailed';
    util.error(
      taskRaced ? 'the task was completed concurrently; retry' : "the day's progress changed concurrently; retry",
      'TransactionConflict',
      null,
      { date: ctx.stash.date },
    );
  }
  return ctx.stash.answer;
}
