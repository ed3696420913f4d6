/**
 * Query.flowAssessmentsByTest: one test's assessments across users, newest first, on GSI test-type-index
 * (test_id, created_at); `from`/`to` bound created_at (both included; ISO-8601 UTC compares as text).
 */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowAssessmentsByTestArgs } from './lib/generated/schema-types';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryFlowAssessmentsByTestArgs>) {
  const { test_id, from, to } = ctx.args;
  const key: Record<string, unknown> = { test_id: { eq: test_id } };
  if (from && to) {
    if (from > to) util.error('from must not be after to', 'ValidationError');
    key.created_at = { between: [from, to] };
  } else if (from) {
    key.created_at = { ge: from };
  } else if (to) {
    key.created_at = { le: to };
  }
  return query({ index: 'test-type-index', query: key, scanIndexForward: false, limit: pageSize(ctx.args.limit), nextToken: ctx.args.nextToken ?? undefined });
}

export { connectionResponse as response } from './lib/storefront/connection';
