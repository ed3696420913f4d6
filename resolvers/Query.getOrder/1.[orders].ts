// Step 1: Query.getOrder: the order for whoever may see it; a missing order and a forbidden one are both Unauthorized.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerOf, requireVisible, seesOrder } from '../lib/storefront/scope';

export function request(ctx: Context<{ order_id: string }>) {
  return get({ key: { order_id: ctx.args.order_id } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const order = ctx.result;
  return requireVisible(order, order !== null && seesOrder(callerOf(ctx.identity), order));
}
