// Step 2: the caller's days by streak, longest first, on GSI streak-index (user_id, streak) read backwards.
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryMyTopStreaksArgs } from '../lib/generated/schema-types';
import { pageSize } from '../lib/pagination';

export function request(ctx: Context<QueryMyTopStreaksArgs>) {
  return query({ index: 'streak-index', query: { user_id: { eq: ctx.stash.user.user_id as string } }, scanIndexForward: false, limit: pageSize(ctx.args.limit) });
}

export function response(ctx: Context<QueryMyTopStreaksArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result.items ?? [];
}
