// Step 2: ONE transaction, conditioned on the statuses read: the delivery's new status; on DELIVERED also the order
// (delivered_at, and PAID for COD) and, for COD, the payment record naming the agent who collected the cash; on
// FAILED the order goes back to PREPARING for another assignment.
import { util, type Context } from '@aws-appsync/utils';
import { operations, transactWrite } from '@aws-appsync/utils/dynamodb';
import { raiseUnclassified } from '../lib/storefront/cancellation';

type Args = { status: string; cod_collected_amount?: number | null };

export function request(ctx: Context<Args>) {
  const d = ctx.prev.result;
  const now = util.time.nowISO8601();
  const status = ctx.args.status;
  const changes: Record<string, unknown> = { status };
  if (status === 'PICKED_UP') changes.picked_up_at = now;
  const orderKey = { order_id: d.order_id };
  const orderCondition = { status: { eq: 'OUT_FOR_DELIVERY' }, delivery_agent_id: { eq: d.agent_id } };
  const extra = [];
  if (status === 'DELIVERED') {
    changes.delivered_at = now;
    // status_source: the orders stream publishes these order changes (functions/storefront/order-changes.ts).
    const orderChanges: Record<string, unknown> = { status: 'DELIVERED', delivered_at: now, updated_at: now, status_source: 'delivery' };
    if (d.is_cod) {
      changes.cod_collected = true;
      changes.cod_collected_amount = ctx.args.cod_collected_amount;
      orderChanges.payment_status = 'PAID';
      extra.push({
        putItem: {
          table: ctx.env.TABLE_storePayments,
          key: { tenant_id: d.tenant_id, payment_id: `pmt_${d.order_id}` },
          item: {
            order_id: d.order_id,
            store_id: d.store_id,
            amount: ctx.args.cod_collected_amount,
            currency: 'INR',
            payment_method: 'COD',
            status: 'CAPTURED',
            collected_by: d.agent_id,
            created_at: now,
          },
          condition: { payment_id: { attributeExists: false } },
        },
      });
    }
    extra.push({ updateItem: { table: ctx.env.TABLE_orders, key: orderKey, update: orderChanges, condition: orderCondition } });
  }
  if (status === 'FAILED') {
    extra.push({
      updateItem: {
        table: ctx.env.TABLE_orders,
        key: orderKey,
        update: { status: 'PREPARING', delivery_agent_id: operations.remove(), updated_at: now, status_source: 'delivery' },
        condition: orderCondition,
      },
    });
  }
  ctx.stash.delivery = Object.assign({}, d, changes);
  return transactWrite({
    items: [
      {
        updateItem: {
          table: ctx.env.TABLE_deliveries,
          key: { agent_id: d.agent_id, delivery_id: d.delivery_id },
          update: changes,
          condition: { status: { eq: d.status } },
        },
      },
      ...extra,
    ],
  });
}

export function response(ctx: Context) {
  if (!ctx.error) return ctx.stash.delivery;
  raiseUnclassified(ctx);
}
