/**
 * Query.flowAuditTrail (FLOW_ADMIN, IAM): a user's audit trail, newest first (PK user_id, SK change_key starts with
 * the change's time). `table` is a filter expression, applied after `limit`: a page can be short while nextToken is set.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html
 */
import { type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowAuditTrailArgs } from './lib/generated/schema-types';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryFlowAuditTrailArgs>) {
  return query({
    query: { user_id: { eq: ctx.args.user_id } },
    filter: ctx.args.table ? { table: { eq: ctx.args.table } } : undefined,
    scanIndexForward: false,
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export { connectionResponse as response } from './lib/storefront/connection';
