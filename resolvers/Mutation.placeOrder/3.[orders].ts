// Step 3: ONE transaction: put the order and take every line's stock, each conditioned on stock_quantity >= quantity
// (and the product still active). PENDING_PAYMENT for UPI/CARD; CONFIRMED with payment_status COD_PENDING for COD.
import { util, type Context } from '@aws-appsync/utils';
import { operations, transactWrite } from '@aws-appsync/utils/dynamodb';
import { cancellationReasons, failedCondition, raiseUnclassified } from '../lib/storefront/cancellation';
import type { Line, PricedOrder } from '../lib/storefront/order-lines';

type Input = { customer_name: string; delivery_address: string; payment_method: string };

export function request(ctx: Context<{ input: Input }>) {
  const input = ctx.args.input;
  const store = ctx.stash.store;
  const priced = ctx.stash.priced as PricedOrder;
  const lines = ctx.stash.lines as Line[];
  const cod = input.payment_method === 'COD';
  const now = util.time.nowISO8601();
  const order = {
    order_id: util.autoId(),
    tenant_id: store.tenant_id,
    store_id: store.store_id,
    status: cod ? 'CONFIRMED' : 'PENDING_PAYMENT',
    items: priced.items,
    subtotal: priced.subtotal,
    delivery_fee: priced.delivery_fee,
    total_amount: priced.total_amount,
    customer_name: input.customer_name,
    customer_phone: ctx.stash.phone,
    delivery_address: input.delivery_address,
    payment_method: input.payment_method,
    payment_status: cod ? 'COD_PENDING' : 'PENDING',
    created_at: now,
    updated_at: now,
  };
  ctx.stash.order = order;
  const takes = lines.map((l) => ({
    updateItem: {
      table: ctx.env.TABLE_products,
      key: { store_id: store.store_id, product_id: l.product_id },
      update: { stock_quantity: operations.decrement(l.quantity) },
      condition: { stock_quantity: { ge: l.quantity }, is_active: { eq: true } },
    },
  }));
  return transactWrite({
    items: [
      { putItem: { table: ctx.env.TABLE_orders, key: { order_id: order.order_id }, item: order, condition: { order_id: { attributeExists: false } } } },
      ...takes,
    ],
  });
}

export function response(ctx: Context) {
  if (!ctx.error) return ctx.stash.order;
  const reasons = cancellationReasons(ctx);
  const failed = failedCondition(reasons);
  if (failed > 0) {
    const line = (ctx.stash.lines as Line[])[failed - 1];
    const product = reasons[failed].item;
    const info = { product_id: line.product_id };
    if (!product || product.is_active !== true) util.error(`${line.product_id} is not available`, 'ProductUnavailable', null, info);
    util.error(`only ${product.stock_quantity} of ${line.product_id} left`, 'OutOfStock', null, { product_id: line.product_id, available: product.stock_quantity });
  }
  raiseUnclassified(ctx);
}
