// Step 1: Query.listMyOrders: the calling customer's orders by their `phone_number` claim (GSI customer-index).
import { util, type Context } from '@aws-appsync/utils';
import { ordersByIndex, type OrderListArgs } from '../lib/storefront/order-listing';
import { requireRole } from '../lib/storefront/scope';

export function request(ctx: Context<OrderListArgs>) {
  const caller = requireRole(ctx.identity, ['CUSTOMER']);
  if (caller.phone === '') util.unauthorized();
  return ordersByIndex('customer-index', 'customer_phone', caller.phone, ctx.args);
}

export { connectionResponse as response } from '../lib/storefront/connection';
