/**
 * Step 2: the caller's active plan on the sparse GSI active-index (active_user_id, created_at): only an active plan
 * carries active_user_id (erratum: the seed keyed it on Boolean is_active, which DynamoDB keys cannot be).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-indexes-general-sparse-indexes.html
 */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context) {
  return query({ index: 'active-index', query: { active_user_id: { eq: ctx.stash.user.user_id as string } }, scanIndexForward: false, limit: 1 });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return (ctx.result.items ?? [])[0] ?? null;
}
