// Step 2: the caller's tasks of one day: begins_with(task_key, "YYYY-MM-DD#") (sort key task_key = task_date#task_id).
import { type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryMyCalendarTasksArgs } from '../lib/generated/schema-types';
import { pageSize } from '../lib/pagination';

export function request(ctx: Context<QueryMyCalendarTasksArgs>) {
  return query({
    query: { user_id: { eq: ctx.stash.user.user_id as string }, task_key: { beginsWith: `${ctx.args.date.slice(0, 10)}#` } },
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export { connectionResponse as response } from '../lib/storefront/connection';
