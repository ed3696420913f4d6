// Step 1: the order, which the caller must be allowed to see.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerOf, requireVisible, seesOrder } from '../lib/storefront/scope';

export function request(ctx: Context<{ order_id: string }>) {
  return get({ key: { order_id: ctx.args.order_id } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return requireVisible(ctx.result, ctx.result !== null && seesOrder(callerOf(ctx.identity), ctx.result));
}
