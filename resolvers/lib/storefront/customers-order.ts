/**
 * A pipeline's first step: the order (`order_id`, or `input.order_id`), read strongly, for its customer only; anyone
 * else is refused as if it did not exist.
 */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerOf, requireVisible, seesOrder } from './scope';

type Args = { order_id?: string; input?: { order_id: string } };

export function request(ctx: Context<Args>) {
  const orderId = ctx.args.order_id ?? (ctx.args.input ? ctx.args.input.order_id : '');
  return get({ key: { order_id: orderId }, consistentRead: true });
}

export function response(ctx: Context<Args>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const caller = callerOf(ctx.identity);
  return requireVisible(ctx.result, ctx.result !== null && caller.role === 'CUSTOMER' && seesOrder(caller, ctx.result));
}
