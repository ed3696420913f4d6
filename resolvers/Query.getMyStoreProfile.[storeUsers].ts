/** Query.getMyStoreProfile: the caller's profile, found by Cognito sub (GSI cognito-sub-index). */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerOf } from './lib/storefront/scope';

export function request(ctx: Context) {
  const caller = callerOf(ctx.identity);
  if (caller.sub === '') util.unauthorized();
  return query({ index: 'cognito-sub-index', query: { cognito_sub: { eq: caller.sub } }, limit: 1 });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result.items[0] ?? null;
}
