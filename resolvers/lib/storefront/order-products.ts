/**
 * `OrderItem.product` without N+1: the last step of every order-reading pipeline reads the products of the whole
 * result (one order or a page) with ONE BatchGetItem and attaches them, so a page of orders costs the same number of
 * DynamoDB calls whatever its size. Skipped (no call) when the query does not select `product`. BatchGetItem takes
 * at most 100 keys: beyond 100 distinct products in one result, the rest resolve to null with a
 * `ProductsTruncated` error (ask for a smaller page).
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-get-item.html
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import { batchGet } from '@aws-appsync/utils/dynamodb';

const MAX_KEYS = 100;

type Order = Record<string, unknown> & { store_id: string; items: { product_id: string }[] };

/** The orders of the previous step's result: a connection (`many`) or one order (or null). */
function ordersOf(result: unknown, many: boolean): Order[] {
  if (!result) return [];
  return many ? ((result as { items: Order[] }).items ?? []) : [result as Order];
}

function wantsProducts(ctx: Context, many: boolean): boolean {
  const path = many ? 'items/items/product' : 'items/product';
  return ctx.info.selectionSetList.indexOf(path) >= 0;
}

export function orderProductsRequest(ctx: Context, many: boolean) {
  const orders = ordersOf(ctx.prev.result, many);
  const keys: { store_id: string; product_id: string }[] = [];
  const seen: Record<string, boolean> = {};
  for (const order of orders) {
    for (const item of order.items ?? []) {
      const id = `${order.store_id}#${item.product_id}`;
      if (!seen[id]) keys.push({ store_id: order.store_id, product_id: item.product_id });
      seen[id] = true;
    }
  }
  if (!wantsProducts(ctx, many) || keys.length === 0) runtime.earlyReturn(ctx.prev.result);
  if (keys.length > MAX_KEYS) util.appendError(`products resolved for the first ${MAX_KEYS} distinct products only`, 'ProductsTruncated');
  return batchGet({ tables: { [ctx.env.TABLE_products]: { keys: keys.slice(0, MAX_KEYS) } } });
}

export function orderProductsResponse(ctx: Context, many: boolean) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const found: Record<string, unknown> = {};
  for (const p of (ctx.result.data[ctx.env.TABLE_products] ?? []) as (Record<string, string> | null)[]) {
    if (p) found[`${p.store_id}#${p.product_id}`] = p;
  }
  const withProducts = ordersOf(ctx.prev.result, many).map((order) =>
    Object.assign({}, order, {
      items: (order.items ?? []).map((item) => Object.assign({}, item, { product: found[`${order.store_id}#${item.product_id}`] ?? null })),
    }),
  );
  if (!many) return withProducts[0] ?? null;
  return { items: withProducts, nextToken: ctx.prev.result.nextToken };
}
