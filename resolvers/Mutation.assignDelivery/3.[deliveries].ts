// Step 3: ONE transaction: put the PENDING delivery and move the order PREPARING → OUT_FOR_DELIVERY with its agent.
import { util, type Context } from '@aws-appsync/utils';
import { transactWrite } from '@aws-appsync/utils/dynamodb';
import { compact } from '../lib/storefront/compact';
import { raiseUnclassified } from '../lib/storefront/cancellation';

export function request(ctx: Context<{ agent_id: string }>) {
  const order = ctx.stash.order;
  const now = util.time.nowISO8601();
  const cod = order.payment_method === 'COD';
  const delivery = compact({
    agent_id: ctx.args.agent_id,
    delivery_id: util.autoId(),
    order_id: order.order_id,
    tenant_id: order.tenant_id,
    store_id: order.store_id,
    status: 'PENDING',
    customer_name: order.customer_name,
    customer_phone: order.customer_phone,
    delivery_address: order.delivery_address,
    is_cod: cod,
    cod_amount: cod ? order.total_amount : 0,
    cod_collected: false,
    created_at: now,
  });
  ctx.stash.delivery = delivery;
  return transactWrite({
    items: [
      {
        putItem: {
          table: ctx.env.TABLE_deliveries,
          key: { agent_id: delivery.agent_id as string, delivery_id: delivery.delivery_id as string },
          item: delivery,
          condition: { delivery_id: { attributeExists: false } },
        },
      },
      {
        updateItem: {
          table: ctx.env.TABLE_orders,
          key: { order_id: order.order_id },
          // status_source: the orders stream publishes this change (functions/storefront/order-changes.ts).
          update: { status: 'OUT_FOR_DELIVERY', delivery_agent_id: ctx.args.agent_id, updated_at: now, status_source: 'delivery' },
          condition: { status: { eq: 'PREPARING' } },
        },
      },
    ],
  });
}

export function response(ctx: Context) {
  if (!ctx.error) return ctx.stash.delivery;
  raiseUnclassified(ctx);
}
