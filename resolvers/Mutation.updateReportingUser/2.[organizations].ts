// Step 2: the user's organisation as it is now: its effective limits bound the user's.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context) {
  return get({ key: { org_id: ctx.stash.user.org_id as string }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result) util.error('the user has no organisation', 'NotFound');
  ctx.stash.org = ctx.result;
  return ctx.result;
}
