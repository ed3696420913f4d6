// Step 2: the store's orders, newest first (GSI store-index).
import type { Context } from '@aws-appsync/utils';
import { ordersByIndex, type OrderListArgs } from '../lib/storefront/order-listing';

export function request(ctx: Context<OrderListArgs & { store_id: string }>) {
  return ordersByIndex('store-index', 'store_id', ctx.args.store_id, ctx.args);
}

export { connectionResponse as response } from '../lib/storefront/connection';
