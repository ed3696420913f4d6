// Step 1: Query.listOrdersByTenant: a tenant's orders, newest first (GSI tenant-index), for its managers.
import type { Context } from '@aws-appsync/utils';
import { ordersByIndex, type OrderListArgs } from '../lib/storefront/order-listing';
import { requireTenant } from '../lib/storefront/scope';

export function request(ctx: Context<OrderListArgs & { tenant_id: string }>) {
  requireTenant(ctx.identity, ctx.args.tenant_id);
  return ordersByIndex('tenant-index', 'tenant_id', ctx.args.tenant_id, ctx.args);
}

export { connectionResponse as response } from '../lib/storefront/connection';
