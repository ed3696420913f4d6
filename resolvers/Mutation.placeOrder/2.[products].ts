// Step 2: read the ordered products (one BatchGetItem, consistent) and price the order from them: unknown, inactive
// and out-of-stock products are refused here, before anything is written.
import { util, type Context } from '@aws-appsync/utils';
import { batchGet } from '@aws-appsync/utils/dynamodb';
import { pricedOrder, type Line } from '../lib/storefront/order-lines';

export function request(ctx: Context) {
  const lines = ctx.stash.lines as Line[];
  const keys = lines.map((l) => ({ store_id: ctx.stash.store.store_id, product_id: l.product_id }));
  return batchGet({ tables: { [ctx.env.TABLE_products]: { keys, consistentRead: true } } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const unprocessed = ctx.result.unprocessedKeys && ctx.result.unprocessedKeys[ctx.env.TABLE_products];
  if (unprocessed && unprocessed.length > 0) util.error('the products could not all be read; retry', 'TransactionConflict');
  const priced = pricedOrder(ctx.stash.lines, ctx.result.data[ctx.env.TABLE_products]);
  ctx.stash.priced = priced;
  return priced;
}
