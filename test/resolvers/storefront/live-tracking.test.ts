// Live tracking over the real-time endpoint: the customer's subscriptions receive every status and location change
// of their order, in order; other customers, other tenants' owners and other agents receive none of it; changes
// made outside a client mutation arrive through the IAM-only publish mutations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iamGraphql } from '../../../functions/shared/iam-graphql';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { openRealtime, startFrame, type Frame, type RawRealtime } from '../../support/realtime-client';
import { call, DELIVERY_FIELDS, openShop, ORDER_FIELDS, Q, registerAgent, roles, type Shop } from './storefront-api';

let gw: RepoGateway;
let shop: Shop;
const sockets: RawRealtime[] = [];

const ON_ORDER = `subscription ($o: ID, $t: ID) { onOrderUpdated(order_id: $o, tenant_id: $t) { ${ORDER_FIELDS} } }`;
const ON_DELIVERY = `subscription ($o: ID, $a: ID) { onDeliveryUpdated(order_id: $o, agent_id: $a) { ${DELIVERY_FIELDS} } }`;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['storefront'], orderStream: true });
  shop = await openShop(gw, 'tenant-live', [{ name: 'Tea', price: 180, stock: 50 }]);
  await openShop(gw, 'tenant-other', []);
}, 60_000);
afterAll(async () => {
  for (const ws of sockets) await ws.close();
  await gw?.close();
});

/** A connection authorised by `token`, with the given subscriptions started and acknowledged. */
async function subscriber(token: string, subscriptions: Record<string, [string, Record<string, unknown>]>): Promise<RawRealtime> {
  const auth = { host: `127.0.0.1:${gw.port}`, Authorization: token };
  const ws = await openRealtime(gw.realtimeUrl, auth);
  sockets.push(ws);
  ws.send({ type: 'connection_init' });
  await ws.next((f) => f.type === 'connection_ack');
  for (const [id, [query, variables]] of Object.entries(subscriptions)) {
    ws.send(startFrame(id, query, variables, auth));
    const answer = await ws.next((f) => (f.type === 'start_ack' || f.type === 'error') && f.id === id);
    expect(answer.type).toBe('start_ack');
  }
  return ws;
}

const dataFrames = (ws: RawRealtime, id: string) => ws.frames.filter((f: Frame) => f.type === 'data' && f.id === id);

const iamPost = async (query: string, variables: Record<string, unknown>) =>
  iamGraphql({ url: gw.url, region: gw.auth.settings.region ?? 'us-east-1', credentials: gw.auth.iam }, query, variables);

/** Waits until `ws` holds `count` data frames of subscription `id` (bounded), then returns their payloads. */
async function received(ws: RawRealtime, id: string, field: string, count: number) {
  for (let i = 0; i < 100 && dataFrames(ws, id).length < count; i += 1) await new Promise((r) => setTimeout(r, 50));
  return dataFrames(ws, id).map((f) => f.payload.data[field]);
}

describe('live tracking', () => {
  it("delivers every change of a customer's order to them, in order, and to nobody else", async () => {
    const r = roles(gw);
    const customer = await r.customer('+919811111111');
    const agent = await registerAgent(gw, 'agent-live', '+919000000888');
    await registerAgent(gw, 'agent-else', '+919000000889');
    const mine = await subscriber(customer, { orders: [ON_ORDER, {}], deliveries: [ON_DELIVERY, {}] });
    const otherCustomer = await subscriber(await r.customer('+919822222222'), { orders: [ON_ORDER, {}], deliveries: [ON_DELIVERY, {}] });
    const otherOwner = await subscriber(await r.owner('tenant-other'), { orders: [ON_ORDER, {}], deliveries: [ON_DELIVERY, {}] });
    const otherAgent = await subscriber(await r.agent('agent-else'), { orders: [ON_ORDER, {}], deliveries: [ON_DELIVERY, {}] });
    const owner = await subscriber(shop.owner, { orders: [ON_ORDER, { t: 'tenant-live' }] });

    const placed = await call(gw, customer, Q.placeOrder, {
      i: { store_id: shop.storeId, items: [{ product_id: shop.products.Tea, quantity: 1 }], customer_name: 'Kiran', delivery_address: '1 Hill Rd', payment_method: 'COD' },
    });
    const orderId = placed.data.placeOrder.order_id;
    await call(gw, shop.owner, Q.orderStatus, { o: orderId, st: 'PREPARING' });
    const delivery = (await call(gw, shop.owner, Q.assign, { o: orderId, a: 'agent-live' })).data.assignDelivery;
    const d = delivery.delivery_id;
    await call(gw, agent, Q.deliveryStatus, { d, st: 'PICKED_UP' });
    await call(gw, agent, Q.location, { d, l: { lat: 12.9, lng: 77.5 } });
    await call(gw, agent, Q.deliveryStatus, { d, st: 'IN_TRANSIT' });
    await call(gw, agent, Q.location, { d, l: { lat: 12.95, lng: 77.55 } });
    const done = await call(gw, agent, Q.deliveryStatus, { d, st: 'DELIVERED', c: 220 });
    expect(done.errors).toBeUndefined();

    // CONFIRMED and PREPARING come from the order mutations themselves; OUT_FOR_DELIVERY and DELIVERED, written by
    // the delivery mutations, from the orders table's stream through publishOrderUpdate.
    const orders = await received(mine, 'orders', 'onOrderUpdated', 4);
    expect(orders.map((o) => [o.order_id, o.status])).toEqual([
      [orderId, 'CONFIRMED'],
      [orderId, 'PREPARING'],
      [orderId, 'OUT_FOR_DELIVERY'],
      [orderId, 'DELIVERED'],
    ]);
    expect(orders[3]).toMatchObject({ payment_status: 'PAID', delivered_at: expect.any(String) });
    const deliveries = await received(mine, 'deliveries', 'onDeliveryUpdated', 6);
    expect(deliveries.map((x) => [x.status, x.last_location && x.last_location.lat])).toEqual([
      ['PENDING', null],
      ['PICKED_UP', null],
      ['PICKED_UP', 12.9],
      ['IN_TRANSIT', 12.9],
      ['IN_TRANSIT', 12.95],
      ['DELIVERED', 12.95],
    ]);
    expect(await received(owner, 'orders', 'onOrderUpdated', 4)).toHaveLength(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(dataFrames(mine, 'orders')).toHaveLength(4); // each change once: nothing published twice
    await new Promise((r) => setTimeout(r, 300));
    for (const ws of [otherCustomer, otherOwner, otherAgent]) expect(ws.frames.filter((f) => f.type === 'data')).toEqual([]);
  });

  it('pushes a backend change through the IAM-only publish mutation, confined like the rest', async () => {
    const r = roles(gw);
    const customer = await r.customer('+919833333333');
    const mine = await subscriber(customer, { orders: [ON_ORDER, {}] });
    const other = await subscriber(await r.customer('+919844444444'), { orders: [ON_ORDER, {}] });
    const order = {
      order_id: 'ord-backend-1', tenant_id: 'tenant-live', store_id: shop.storeId, status: 'CONFIRMED',
      items: [{ product_id: shop.products.Tea, name: 'Tea', quantity: 1, unit_price: 180, line_total: 180 }],
      subtotal: 180, delivery_fee: 40, total_amount: 220, customer_phone: '+919833333333', payment_method: 'UPI',
      payment_status: 'PAID', razorpay_payment_id: 'pay_hook', created_at: '2026-01-01T00:00:00.000Z',
    };
    const published = await iamPost(`mutation ($i: OrderUpdateInput!) { publishOrderUpdate(input: $i) { ${ORDER_FIELDS} } }`, { i: order });
    expect(published.errors).toBeUndefined();
    const got = await received(mine, 'orders', 'onOrderUpdated', 1);
    expect(got).toEqual([expect.objectContaining({ order_id: 'ord-backend-1', status: 'CONFIRMED', payment_status: 'PAID' })]);
    await new Promise((r) => setTimeout(r, 300));
    expect(other.frames.filter((f) => f.type === 'data')).toEqual([]);
    const refused = await call(gw, customer, `mutation ($i: OrderUpdateInput!) { publishOrderUpdate(input: $i) { order_id } }`, { i: order });
    expect(refused.errorType).toBe('Unauthorized');
  });

  it('refuses a subscription to callers without a storefront role', async () => {
    const ws = await subscriber(await roles(gw).nobody(), {});
    const auth = { host: `127.0.0.1:${gw.port}`, Authorization: await roles(gw).nobody() };
    ws.send(startFrame('x', ON_ORDER, {}, auth));
    const frame = await ws.next((f) => f.id === 'x' && (f.type === 'error' || f.type === 'start_ack'));
    expect(frame.type).toBe('error');
    expect(JSON.stringify(frame.payload)).toContain('Unauthorized');
  });
});
