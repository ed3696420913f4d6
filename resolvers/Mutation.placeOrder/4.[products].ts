// Step 4: after the commit, read the ordered products again (consistent) to find those now at or below their
// low_stock_threshold and not yet flagged.
import { util, type Context } from '@aws-appsync/utils';
import { batchGet } from '@aws-appsync/utils/dynamodb';
import type { Line } from '../lib/storefront/order-lines';

export function request(ctx: Context) {
  const keys = (ctx.stash.lines as Line[]).map((l) => ({ store_id: ctx.stash.store.store_id, product_id: l.product_id }));
  return batchGet({ tables: { [ctx.env.TABLE_products]: { keys, consistentRead: true } } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const products = (ctx.result.data[ctx.env.TABLE_products] ?? []) as (Record<string, unknown> | null)[];
  ctx.stash.lowStock = products.filter((p) => {
    if (!p || p.low_stock === true || p.low_stock_threshold === undefined || p.low_stock_threshold === null) return false;
    return (p.stock_quantity as number) <= (p.low_stock_threshold as number);
  });
  return ctx.stash.order;
}
