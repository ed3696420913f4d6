/** Pipeline step 1 on the caller's user record (user_id = Cognito sub): `NotFound` before registering. */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerId, requireRegistered } from './caller-user';

export function request(ctx: Context) {
  return get({ key: { user_id: callerId(ctx.identity) } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  ctx.stash.user = requireRegistered(ctx.result);
  return ctx.stash.user;
}
