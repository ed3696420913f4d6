/** Query.flowCalendarTasksOnDate: every user's tasks of one day, oldest first, on GSI date-index (task_date, created_at). */
import { type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowCalendarTasksOnDateArgs } from './lib/generated/schema-types';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryFlowCalendarTasksOnDateArgs>) {
  return query({ index: 'date-index', query: { task_date: { eq: ctx.args.task_date.slice(0, 10) } }, limit: pageSize(ctx.args.limit), nextToken: ctx.args.nextToken ?? undefined });
}

export { connectionResponse as response } from './lib/storefront/connection';
