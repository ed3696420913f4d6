// Step 1: read the order; the caller must see it, the edge must exist and be theirs to take.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerOf, requireVisible, seesOrder } from '../lib/storefront/scope';
import { checkOrderTransition } from '../lib/storefront/transitions';

type Args = { order_id: string; status: string; razorpay_payment_id?: string | null };

export function request(ctx: Context<Args>) {
  return get({ key: { order_id: ctx.args.order_id }, consistentRead: true });
}

export function response(ctx: Context<Args>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const caller = callerOf(ctx.identity);
  const order = requireVisible(ctx.result, ctx.result !== null && seesOrder(caller, ctx.result));
  checkOrderTransition(order.status, ctx.args.status, caller.role);
  if (ctx.args.status === 'CONFIRMED' && !ctx.args.razorpay_payment_id) util.error('razorpay_payment_id is required to confirm a payment', 'ValidationError');
  return order;
}
