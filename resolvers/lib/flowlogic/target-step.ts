/** Pipeline step 1 of admin/backend fields on the user named by `user_id`: `NotFound` when there is no such user. */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { isUserRecord } from './email-reservation';

export function request(ctx: Context<{ user_id: string }>) {
  return get({ key: { user_id: ctx.args.user_id }, consistentRead: true });
}

export function response(ctx: Context<{ user_id: string }>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!isUserRecord(ctx.result)) util.error('no such user', 'NotFound');
  ctx.stash.user = ctx.result;
  return ctx.result;
}
