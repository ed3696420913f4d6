/**
 * Query.myAssessments: the caller's assessments (PK user_id), optionally of one test and/or one month. The filters
 * are DynamoDB filter expressions, applied after `limit`: a page can be short (even empty) while nextToken is set.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html
 */
import { type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryMyAssessmentsArgs } from './lib/generated/schema-types';
import { callerId } from './lib/flowlogic/caller-user';
import { requireMonthKey } from './lib/flowlogic/month-key';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryMyAssessmentsArgs>) {
  const filter: Record<string, unknown> = {};
  if (typeof ctx.args.test_id === 'number') filter.test_id = { eq: ctx.args.test_id };
  if (ctx.args.month_key) filter.month_key = { eq: requireMonthKey(ctx.args.month_key) };
  return query({
    query: { user_id: { eq: callerId(ctx.identity) } },
    filter: Object.keys(filter).length > 0 ? filter : undefined,
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export { connectionResponse as response } from './lib/storefront/connection';
