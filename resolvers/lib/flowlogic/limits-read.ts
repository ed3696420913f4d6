/** Pipeline step 2 of myLimits / flowUserLimits: the stored limits of `ctx.stash.user`, shown for the current windows. */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { limitsView } from './limit-usage';
import { flowWindows } from './quota-windows';
import { tierOf } from './tiers';

export function request(ctx: Context) {
  return get({ key: { user_id: ctx.stash.user.user_id as string }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return limitsView(ctx.stash.user.user_id as string, ctx.result, tierOf(ctx.stash.user), flowWindows());
}
