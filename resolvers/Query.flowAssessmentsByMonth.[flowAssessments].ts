/** Query.flowAssessmentsByMonth: one month's assessments across users, newest first, on GSI month-index (month_key, created_at). */
import { type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowAssessmentsByMonthArgs } from './lib/generated/schema-types';
import { requireMonthKey } from './lib/flowlogic/month-key';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryFlowAssessmentsByMonthArgs>) {
  return query({
    index: 'month-index',
    query: { month_key: { eq: requireMonthKey(ctx.args.month_key) } },
    scanIndexForward: false,
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export { connectionResponse as response } from './lib/storefront/connection';
