// Step 2: ONE transaction, conditioned on the status read in step 1: the new status, plus the captured payment
// record on CONFIRMED, or every line's stock given back on CANCELLED.
import { util, type Context } from '@aws-appsync/utils';
import { operations, transactWrite } from '@aws-appsync/utils/dynamodb';
import { raiseUnclassified } from '../lib/storefront/cancellation';

type Args = { status: string; razorpay_payment_id?: string | null };
type OrderItem = { product_id: string; quantity: number };

export function request(ctx: Context<Args>) {
  const order = ctx.prev.result;
  const now = util.time.nowISO8601();
  const changes: Record<string, unknown> = { status: ctx.args.status, updated_at: now };
  const extra = [];
  if (ctx.args.status === 'CONFIRMED') {
    changes.payment_status = 'PAID';
    changes.razorpay_payment_id = ctx.args.razorpay_payment_id;
    extra.push({
      putItem: {
        table: ctx.env.TABLE_storePayments,
        key: { tenant_id: order.tenant_id, payment_id: `pmt_${order.order_id}` },
        item: {
          order_id: order.order_id,
          store_id: order.store_id,
          amount: order.total_amount,
          currency: 'INR',
          payment_method: order.payment_method,
          status: 'CAPTURED',
          razorpay_payment_id: ctx.args.razorpay_payment_id,
          created_at: now,
        },
        condition: { payment_id: { attributeExists: false } },
      },
    });
  }
  if (ctx.args.status === 'CANCELLED') {
    for (const line of order.items as OrderItem[]) {
      extra.push({
        updateItem: {
          table: ctx.env.TABLE_products,
          key: { store_id: order.store_id, product_id: line.product_id },
          update: { stock_quantity: operations.increment(line.quantity) },
          condition: { product_id: { attributeExists: true } },
        },
      });
    }
  }
  ctx.stash.order = Object.assign({}, order, changes);
  return transactWrite({
    items: [
      {
        updateItem: {
          table: ctx.env.TABLE_orders,
          key: { order_id: order.order_id },
          // status_source: this mutation publishes the change itself (functions/storefront/order-changes.ts).
          update: Object.assign({}, changes, { status_source: 'order' }),
          condition: { status: { eq: order.status } },
        },
      },
      ...extra,
    ],
  });
}

export function response(ctx: Context) {
  if (!ctx.error) return ctx.stash.order;
  raiseUnclassified(ctx);
}
