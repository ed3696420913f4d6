// Step 2: the caller's tasks from `from` to `to` (both days included): task_key BETWEEN "from#" AND "to#\uffff".
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryMyCalendarTasksBetweenArgs } from '../lib/generated/schema-types';
import { pageSize } from '../lib/pagination';

export function request(ctx: Context<QueryMyCalendarTasksBetweenArgs>) {
  const from = ctx.args.from.slice(0, 10);
  const to = ctx.args.to.slice(0, 10);
  if (from > to) util.error('from must not be after to', 'ValidationError');
  return query({
    query: { user_id: { eq: ctx.stash.user.user_id as string }, task_key: { between: [`${from}#`, `${to}#\uffff`] } },
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export { connectionResponse as response } from '../lib/storefront/connection';
