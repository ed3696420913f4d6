// Step 3: every task of the day, strongly consistent (the day's counts come from them): `NotFound` when the day has
// no task `task_id` (nothing is written). Then the progress rows to write (lib/flowlogic/progress-writes.ts).
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { MutationCompleteFlowCalendarTaskArgs } from '../lib/generated/schema-types';
import { progressWrites } from '../lib/flowlogic/progress-writes';

export function request(ctx: Context<MutationCompleteFlowCalendarTaskArgs>) {
  return query({ query: { user_id: { eq: ctx.stash.user.user_id as string }, task_key: { beginsWith: `${ctx.stash.date}#` } }, consistentRead: true });
}

export function response(ctx: Context<MutationCompleteFlowCalendarTaskArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const tasks = (ctx.result.items ?? []) as Record<string, unknown>[];
  const task = tasks.find((t) => t.task_id === ctx.args.task_id);
  if (!task) util.error(`the day ${ctx.stash.date} has no such task`, 'NotFound', null, { date: ctx.stash.date, task_id: ctx.args.task_id });
  const done = tasks.filter((t) => t.completed === true).length;
  const counts = { completed: task.completed === true ? done : done + 1, total: tasks.length };
  const rows = ctx.prev.result as Record<string, unknown>[];
  ctx.stash.task = task;
  ctx.stash.writes = progressWrites(ctx.env.TABLE_flowProgress, ctx.stash.user.user_id as string, ctx.stash.date as string, rows, counts, ctx.stash.now as string);
  return task;
}
