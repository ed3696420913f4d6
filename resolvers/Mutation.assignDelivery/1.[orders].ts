// Step 1: the order, of a tenant the caller manages, must be PREPARING.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerOf, managesTenant, requireVisible } from '../lib/storefront/scope';

export function request(ctx: Context<{ order_id: string }>) {
  return get({ key: { order_id: ctx.args.order_id }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const order = requireVisible(ctx.result, ctx.result !== null && managesTenant(callerOf(ctx.identity), ctx.result.tenant_id));
  if (order.status !== 'PREPARING') util.error(`an order cannot move from ${order.status} to OUT_FOR_DELIVERY`, 'InvalidTransition', null, { from: order.status, to: 'OUT_FOR_DELIVERY' });
  ctx.stash.order = order;
  return order;
}
