/**
 * Delivery.order: the order behind a delivery, for whoever may see it (null otherwise). A list that read the orders
 * in one batch (Query.listAgentDeliveries) has attached them already: answered from there, with no call.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerOf, seesOrder } from './lib/storefront/scope';

type Source = { order_id: string; order?: Record<string, unknown> | null };

function visible(ctx: Context, order: Record<string, unknown> | null | undefined) {
  return order && seesOrder(callerOf(ctx.identity), order) ? order : null;
}

export function request(ctx: Context<Record<string, never>, Record<string, unknown>, Source>) {
  if (ctx.source.order !== undefined) runtime.earlyReturn(visible(ctx, ctx.source.order));
  return get({ key: { order_id: ctx.source.order_id } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return visible(ctx, ctx.result);
}
