/**
 * One generated storefront order with what follows from it: the delivery once it is on the road (with
 * `last_location`) and the payment record (Razorpay for UPI/CARD, collected cash for delivered COD).
 * Statuses stay consistent with each other: COD orders skip PENDING_PAYMENT, a paid and cancelled order is
 * refunded, an unpaid cancelled one failed.
 */
import { DAY_MS, MINUTE_MS, isoAt, money, pad, type DemoItem, type Rng } from './generate';

const ORDER_STATUSES = [
  'PENDING_PAYMENT',
  'CONFIRMED',
  'PREPARING',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'CANCELLED',
] as const;
type OrderStatus = (typeof ORDER_STATUSES)[number];
const STREETS = [
  'MG Road',
  'Indiranagar 100ft Road',
  'Koramangala 5th Block',
  'HSR Layout Sector 2',
  'Whitefield Main Road',
];

export interface OrderContext {
  orderId: string;
  tenantId: string;
  storeId: string;
  catalog: { product_id: string; name: string; price: number }[];
  customers: { name: string; phone: string }[];
  /** Agents by Cognito sub: the API's agent_id, delivery_agent_id and collected_by are the agent's sub. */
  agents: { sub: string }[];
}

/** Orders older than a day are settled; the last day's are in every status. */
function orderStatus(rng: Rng, ageDays: number): OrderStatus {
  if (ageDays > 1) return rng.chance(0.88) ? 'DELIVERED' : 'CANCELLED';
  return rng.pick(ORDER_STATUSES);
}

function paymentStatus(method: string, status: OrderStatus, paid: boolean): string {
  if (method === 'COD') return status === 'DELIVERED' ? 'PAID' : 'COD_PENDING';
  if (paid) return 'PAID';
  return status === 'CANCELLED' ? 'FAILED' : 'PENDING';
}

export function storefrontOrder(
  rng: Rng,
  anchor: Date,
  ctx: OrderContext,
): { order: DemoItem; delivery?: DemoItem; payment?: DemoItem } {
  // Six weeks of orders, 15% of them from the last day (the ones still moving).
  const ageMs = (rng.chance(0.15) ? rng.int(5, 24 * 60) : rng.int(24 * 60, 42 * 24 * 60)) * MINUTE_MS;
  const at = (afterMinutes: number) => isoAt(anchor, -ageMs + afterMinutes * MINUTE_MS);
  const customer = rng.pick(ctx.customers);
  const items = Array.from({ length: rng.int(1, 4) }, () => {
    const p = rng.pick(ctx.catalog);
    const quantity = rng.int(1, 3);
    return {
      product_id: p.product_id,
      name: p.name,
      quantity,
      unit_price: p.price,
      line_total: money(p.price * quantity),
    };
  });
  const subtotal = money(items.reduce((sum, l) => sum + l.line_total, 0));
  const fee = subtotal >= 499 ? 0 : 40;
  const total = money(subtotal + fee);
  const method = rng.pick(['UPI', 'UPI', 'CARD', 'COD'] as const);
  const drawn = orderStatus(rng, ageMs / DAY_MS);
  const status: OrderStatus = method === 'COD' && drawn === 'PENDING_PAYMENT' ? 'CONFIRMED' : drawn;
  const paid = method !== 'COD' && status !== 'PENDING_PAYMENT' && !(status === 'CANCELLED' && rng.chance(0.5));
  const onRoad = status === 'OUT_FOR_DELIVERY' || status === 'DELIVERED';
  const agent = rng.pick(ctx.agents);
  const deliveredAt = status === 'DELIVERED' ? at(rng.int(30, 120)) : undefined;
  const razorpayPaymentId = paid ? `pay_${rng.alnum(14)}` : undefined;
  const address = `${rng.int(1, 400)}, ${rng.pick(STREETS)}, Bengaluru 5600${pad(rng.int(1, 99), 2)}`;
  const refs = { order_id: ctx.orderId, tenant_id: ctx.tenantId, store_id: ctx.storeId };
  const who = { customer_name: customer.name, customer_phone: customer.phone, delivery_address: address };

  const order: DemoItem = {
    ...refs,
    status,
    items,
    subtotal,
    delivery_fee: fee,
    total_amount: total,
    ...who,
    payment_method: method,
    payment_status: paymentStatus(method, status, paid),
    razorpay_payment_id: razorpayPaymentId,
    delivery_agent_id: onRoad ? agent.sub : undefined,
    delivered_at: deliveredAt,
    created_at: at(0),
  };

  const cod = method === 'COD';
  const collected = cod && status === 'DELIVERED';
  const delivery: DemoItem | undefined = onRoad
    ? {
        agent_id: agent.sub,
        delivery_id: `dlv_${ctx.orderId.slice(4)}`,
        ...refs,
        status: status === 'DELIVERED' ? 'DELIVERED' : rng.pick(['PICKED_UP', 'IN_TRANSIT', 'IN_TRANSIT']),
        ...who,
        is_cod: cod,
        cod_amount: cod ? total : 0,
        cod_collected: collected,
        cod_collected_amount: collected ? total : 0,
        last_location: {
          lat: money(12.97 + (rng.next() - 0.5) * 0.12),
          lng: money(77.59 + (rng.next() - 0.5) * 0.12),
          accuracy_m: rng.int(3, 30),
          updated_at: deliveredAt ?? isoAt(anchor, -rng.int(1, 10) * MINUTE_MS),
        },
        picked_up_at: at(rng.int(10, 25)),
        delivered_at: deliveredAt,
        created_at: at(5),
      }
    : undefined;

  const base = { ...refs, payment_id: `pmt_${ctx.orderId.slice(4)}`, amount: total, currency: 'INR' };
  let payment: DemoItem | undefined;
  if (cod) {
    if (collected)
      payment = {
        ...base,
        payment_method: 'COD',
        status: 'CAPTURED',
        collected_by: agent.sub,
        created_at: deliveredAt,
      };
  } else {
    const paymentStatusValue =
      status === 'PENDING_PAYMENT' ? 'CREATED' : !paid ? 'FAILED' : status === 'CANCELLED' ? 'REFUNDED' : 'CAPTURED';
    payment = {
      ...base,
      payment_method: method,
      status: paymentStatusValue,
      razorpay_order_id: `order_${rng.alnum(14)}`,
      razorpay_payment_id: razorpayPaymentId,
      created_at: at(1),
    };
  }
  return { order, delivery, payment };
}
