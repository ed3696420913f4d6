// Step 5: flag the products that crossed their low_stock_threshold, each exactly once: the condition (still low, not
// yet flagged) makes concurrent orders flag it a single time. A cancelled flag write means another order flagged it
// first or the stock was refilled; the order itself is already committed and is returned either way.
import { runtime, type Context } from '@aws-appsync/utils';
import { transactWrite } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context) {
  const low = ctx.stash.lowStock as Record<string, unknown>[];
  if (low.length === 0) runtime.earlyReturn(ctx.stash.order);
  return transactWrite({
    items: low.map((p) => ({
      updateItem: {
        table: ctx.env.TABLE_products,
        key: { store_id: p.store_id as string, product_id: p.product_id as string },
        update: { low_stock: true },
        condition: { stock_quantity: { le: p.low_stock_threshold as number }, low_stock: { ne: true } },
      },
    })),
  });
}

export function response(ctx: Context) {
  return ctx.stash.order;
}
