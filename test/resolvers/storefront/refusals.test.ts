// What the storefront refuses, and that a refusal changes nothing: illegal transitions, other tenants' records (a
// refusal looks the same whether or not the record exists), edges of another role, malformed input.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { call, openShop, Q, registerAgent, roles, stored, type Json, type Outcome, type Shop } from './storefront-api';

let gw: RepoGateway;
let a: Shop;
let b: Shop;
let custA: string;
let custB: string;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['storefront'] });
  a = await openShop(gw, 'tenant-a', [
    { name: 'Soap', price: 30, stock: 10 },
    { name: 'Old', price: 5, stock: 10, active: false },
  ]);
  b = await openShop(gw, 'tenant-b', [{ name: 'Milk', price: 25, stock: 10 }]);
  custA = await roles(gw).customer('+919700000001');
  custB = await roles(gw).customer('+919700000002');
}, 60_000);
afterAll(async () => gw?.close());

function refused(outcome: Outcome, errorType: string) {
  expect(outcome.errorType).toBe(errorType);
  const data = outcome.data ?? {};
  for (const value of Object.values(data)) expect(value).toBeNull();
}

const soap = () => stored(gw, 'products', { store_id: a.storeId, product_id: a.products.Soap });

async function order(token: string, quantity = 1, method = 'COD'): Promise<Json> {
  const out = await call(gw, token, Q.placeOrder, {
    i: { store_id: a.storeId, items: [{ product_id: a.products.Soap, quantity }], customer_name: 'C', delivery_address: 'Addr', payment_method: method },
  });
  expect(out.errors).toBeUndefined();
  return out.data.placeOrder;
}

async function ordersOfStore(storeId: string): Promise<number> {
  const out = await gw.doc.send(new QueryCommand({ TableName: gw.env.TABLE_orders, IndexName: 'store-index', KeyConditionExpression: 'store_id = :s', ExpressionAttributeValues: { ':s': storeId } }));
  return out.Count ?? 0;
}

describe('other tenants', () => {
  it("refuses an owner every read of another tenant's records, whether they exist or not", async () => {
    const placed = await order(custA);
    for (const [query, vars] of [
      [Q.getTenant, { t: 'tenant-a' }],
      [Q.getStore, { t: 'tenant-a', s: a.storeId }],
      [Q.ordersByStore, { s: a.storeId }],
      [Q.ordersByTenant, { t: 'tenant-a' }],
      [Q.payments, { t: 'tenant-a' }],
      [Q.getOrder, { o: placed.order_id }],
      [Q.getOrder, { o: 'no-such-order' }],
      [Q.orderDelivery, { o: placed.order_id }],
    ] as const) {
      refused(await call(gw, b.owner, query, vars), 'Unauthorized');
    }
    refused(await call(gw, custB, Q.getOrder, { o: placed.order_id }), 'Unauthorized');
    refused(await call(gw, await roles(gw).agent('agent-nobody'), Q.getOrder, { o: placed.order_id }), 'Unauthorized');
  });

  it("refuses an owner every write to another tenant's records and changes nothing", async () => {
    const placed = await order(custA);
    refused(await call(gw, b.owner, Q.storeStatus, { t: 'tenant-a', s: a.storeId, st: 'SUSPENDED' }), 'Unauthorized');
    refused(await call(gw, b.owner, Q.storeStatus, { s: a.storeId, st: 'SUSPENDED' }), 'Unauthorized');
    refused(await call(gw, b.owner, Q.upsertProduct, { i: { store_id: a.storeId, product_id: a.products.Soap, name: 'Mine', price: 1, stock_quantity: 0, is_active: true } }), 'Unauthorized');
    refused(await call(gw, b.owner, Q.orderStatus, { o: placed.order_id, st: 'PREPARING' }), 'Unauthorized');
    refused(await call(gw, b.owner, Q.assign, { o: placed.order_id, a: 'agent-x' }), 'Unauthorized');
    refused(await call(gw, custB, Q.orderStatus, { o: placed.order_id, st: 'CANCELLED' }), 'Unauthorized');
    refused(await call(gw, b.owner, Q.createTenant, { i: { tenant_id: 'tenant-a', business_name: 'x', plan: 'FREE' } }), 'Unauthorized');
    expect((await stored(gw, 'stores', { tenant_id: 'tenant-a', store_id: a.storeId })).status).toBe('PUBLISHED');
    expect(await soap()).toMatchObject({ name: 'Soap', price: 30 });
    expect((await stored(gw, 'orders', { order_id: placed.order_id })).status).toBe('CONFIRMED');
  });

  it('lets only the assigned agent move or locate a delivery', async () => {
    const placed = await order(custA);
    await call(gw, a.owner, Q.orderStatus, { o: placed.order_id, st: 'PREPARING' });
    await registerAgent(gw, 'agent-a1', '+919000001001');
    const other = await registerAgent(gw, 'agent-a2', '+919000001002');
    const delivery = (await call(gw, a.owner, Q.assign, { o: placed.order_id, a: 'agent-a1' })).data.assignDelivery;
    refused(await call(gw, other, Q.deliveryStatus, { d: delivery.delivery_id, st: 'PICKED_UP' }), 'Unauthorized');
    refused(await call(gw, other, Q.location, { d: delivery.delivery_id, l: { lat: 1, lng: 1 } }), 'Unauthorized');
    refused(await call(gw, a.owner, Q.deliveryStatus, { d: delivery.delivery_id, st: 'PICKED_UP' }), 'Unauthorized');
    expect(await stored(gw, 'deliveries', { agent_id: 'agent-a1', delivery_id: delivery.delivery_id })).toMatchObject({ status: 'PENDING' });
    expect((await stored(gw, 'deliveries', { agent_id: 'agent-a1', delivery_id: delivery.delivery_id })).last_location).toBeUndefined();
  });

  it('shows the public only published stores and active products', async () => {
    const owner = await roles(gw).owner('tenant-draft');
    await call(gw, owner, Q.createTenant, { i: { business_name: 'Draft', plan: 'FREE' } });
    const store = (await call(gw, owner, Q.createStore, { i: { prompt: 'p', store_type: 'general' } })).data.createStore;
    expect((await call(gw, { apiKey: true }, Q.publicStore, { s: store.store_id })).data.getPublicStore).toBeNull();
    refused(await call(gw, { apiKey: true }, Q.listProducts, { s: store.store_id }), 'StoreNotFound');
    refused(await call(gw, { apiKey: true }, Q.listProducts, { s: 'no-such-store' }), 'StoreNotFound');
    refused(await call(gw, { apiKey: true }, Q.ordersByStore, { s: a.storeId }), 'Unauthorized');
  });
});

describe('transitions', () => {
  it('moves a store only along GENERATING → DRAFT → PAID → PUBLISHED ⇄ SUSPENDED', async () => {
    const owner = await roles(gw).owner('tenant-flow');
    await call(gw, owner, Q.createTenant, { i: { business_name: 'Flow', plan: 'PRO' } });
    const s = (await call(gw, owner, Q.createStore, { i: { prompt: 'p', store_type: 'general' } })).data.createStore.store_id;
    const move = (st: string) => call(gw, owner, Q.storeStatus, { s, st });
    const bad = await move('PUBLISHED');
    refused(bad, 'InvalidTransition');
    expect(bad.errors?.[0].errorInfo).toEqual({ from: 'GENERATING', to: 'PUBLISHED' });
    for (const st of ['DRAFT', 'PAID', 'PUBLISHED', 'SUSPENDED', 'PUBLISHED']) expect((await move(st)).data.updateStoreStatus.status).toBe(st);
    refused(await move('DRAFT'), 'InvalidTransition');
    refused(await move('PUBLISHED'), 'InvalidTransition');
    expect((await stored(gw, 'stores', { tenant_id: 'tenant-flow', store_id: s })).status).toBe('PUBLISHED');
  });

  it('refuses order edges that do not exist or belong to another role, and changes nothing', async () => {
    const cod = await order(custA);
    const upi = await order(custA, 1, 'UPI');
    refused(await call(gw, a.owner, Q.orderStatus, { o: cod.order_id, st: 'DELIVERED' }), 'InvalidTransition');
    refused(await call(gw, a.owner, Q.orderStatus, { o: cod.order_id, st: 'OUT_FOR_DELIVERY' }), 'InvalidTransition');
    refused(await call(gw, custA, Q.orderStatus, { o: cod.order_id, st: 'PREPARING' }), 'Unauthorized');
    refused(await call(gw, a.owner, Q.orderStatus, { o: upi.order_id, st: 'CONFIRMED', p: 'pay_x' }), 'Unauthorized');
    refused(await call(gw, await roles(gw).admin(), Q.orderStatus, { o: upi.order_id, st: 'CONFIRMED' }), 'ValidationError');
    refused(await call(gw, a.owner, Q.assign, { o: cod.order_id, a: 'agent-a1' }), 'InvalidTransition');
    expect((await stored(gw, 'orders', { order_id: cod.order_id })).status).toBe('CONFIRMED');
    expect((await stored(gw, 'orders', { order_id: upi.order_id })).status).toBe('PENDING_PAYMENT');

    await call(gw, a.owner, Q.orderStatus, { o: cod.order_id, st: 'PREPARING' });
    refused(await call(gw, custA, Q.orderStatus, { o: cod.order_id, st: 'CANCELLED' }), 'Unauthorized');
    refused(await call(gw, a.owner, Q.assign, { o: cod.order_id, a: 'no-such-agent' }), 'AgentNotFound');
    expect((await stored(gw, 'orders', { order_id: cod.order_id })).status).toBe('PREPARING');
  });

  it('cancels an order before delivery, giving its stock back in the same transaction, and never after', async () => {
    const before = (await soap()).stock_quantity;
    const placed = await order(custA, 3);
    expect((await soap()).stock_quantity).toBe(before - 3);
    const cancelled = await call(gw, custA, Q.orderStatus, { o: placed.order_id, st: 'CANCELLED' });
    expect(cancelled.data.updateOrderStatus.status).toBe('CANCELLED');
    expect((await soap()).stock_quantity).toBe(before);
    refused(await call(gw, a.owner, Q.orderStatus, { o: placed.order_id, st: 'CANCELLED' }), 'InvalidTransition');
    refused(await call(gw, a.owner, Q.orderStatus, { o: placed.order_id, st: 'PREPARING' }), 'InvalidTransition');
    expect((await soap()).stock_quantity).toBe(before);
  });

  it('moves a delivery only along PENDING → PICKED_UP → IN_TRANSIT → DELIVERED and requires the COD amount', async () => {
    const placed = await order(custA);
    await call(gw, a.owner, Q.orderStatus, { o: placed.order_id, st: 'PREPARING' });
    const agent = await registerAgent(gw, 'agent-t1', '+919000001003');
    const d = (await call(gw, a.owner, Q.assign, { o: placed.order_id, a: 'agent-t1' })).data.assignDelivery.delivery_id;
    refused(await call(gw, agent, Q.deliveryStatus, { d, st: 'DELIVERED', c: 70 }), 'InvalidTransition');
    await call(gw, agent, Q.deliveryStatus, { d, st: 'PICKED_UP' });
    await call(gw, agent, Q.deliveryStatus, { d, st: 'IN_TRANSIT' });
    refused(await call(gw, agent, Q.deliveryStatus, { d, st: 'DELIVERED' }), 'ValidationError');
    refused(await call(gw, agent, Q.deliveryStatus, { d, st: 'DELIVERED', c: -1 }), 'ValidationError');
    refused(await call(gw, agent, Q.location, { d, l: { lat: 91, lng: 0 } }), 'ValidationError');
    expect((await stored(gw, 'orders', { order_id: placed.order_id })).status).toBe('OUT_FOR_DELIVERY');
    expect((await call(gw, agent, Q.deliveryStatus, { d, st: 'DELIVERED', c: 70 })).data.updateDeliveryStatus.status).toBe('DELIVERED');
    refused(await call(gw, agent, Q.location, { d, l: { lat: 1, lng: 1 } }), 'InvalidTransition');
    refused(await call(gw, a.owner, Q.orderStatus, { o: placed.order_id, st: 'CANCELLED' }), 'InvalidTransition');
  });

  it('sends a failed delivery back to PREPARING for another agent', async () => {
    const placed = await order(custA);
    await call(gw, a.owner, Q.orderStatus, { o: placed.order_id, st: 'PREPARING' });
    const agent = await registerAgent(gw, 'agent-f1', '+919000001004');
    const d = (await call(gw, a.owner, Q.assign, { o: placed.order_id, a: 'agent-f1' })).data.assignDelivery.delivery_id;
    expect((await call(gw, agent, Q.deliveryStatus, { d, st: 'FAILED' })).data.updateDeliveryStatus.status).toBe('FAILED');
    const back = await stored(gw, 'orders', { order_id: placed.order_id });
    expect(back.status).toBe('PREPARING');
    expect(back.delivery_agent_id).toBeUndefined();
  });
});

describe('malformed input', () => {
  const line = (product_id: string, quantity: number) => ({ product_id, quantity });
  const attempt = (items: unknown[]) =>
    call(gw, custA, Q.placeOrder, { i: { store_id: a.storeId, items, customer_name: 'C', delivery_address: 'Addr', payment_method: 'UPI' } });

  it('refuses bad order lines before writing anything', async () => {
    const stock = (await soap()).stock_quantity;
    const orders = await ordersOfStore(a.storeId);
    refused(await attempt([line(a.products.Soap, -1)]), 'ValidationError');
    refused(await attempt([line(a.products.Soap, 0)]), 'ValidationError');
    refused(await attempt([]), 'ValidationError');
    const unknown = await attempt([line(a.products.Soap, 1), line('no-such-product', 1)]);
    refused(unknown, 'ProductNotFound');
    expect(unknown.errors?.[0].errorInfo).toEqual({ product_id: 'no-such-product' });
    refused(await attempt([line(b.products.Milk, 1)]), 'ProductNotFound');
    refused(await attempt([line(a.products.Old, 1)]), 'ProductUnavailable');
    refused(await attempt([line(a.products.Soap, stock + 1)]), 'OutOfStock');
    refused(await call(gw, a.owner, Q.placeOrder, { i: { store_id: a.storeId, items: [line(a.products.Soap, 1)], customer_name: 'C', delivery_address: 'A', payment_method: 'COD' } }), 'Unauthorized');
    expect((await soap()).stock_quantity).toBe(stock);
    expect(await ordersOfStore(a.storeId)).toBe(orders);
  });

  it('refuses bad phone numbers, emails, prices and stock', async () => {
    const phoneless = await roles(gw).agent('agent-m1');
    const badPhone = await call(gw, phoneless, Q.registerUser, { i: { phone: 'call me', name: 'M' } });
    expect(badPhone.errorType).toBeDefined();
    expect(badPhone.errors?.[0].message).toContain('AWSPhone');
    const badEmail = await call(gw, phoneless, Q.registerUser, { i: { phone: '+919000002000', name: 'M', email: 'not-an-email' } });
    expect(badEmail.errors?.[0].message).toContain('AWSEmail');
    refused(await call(gw, custA, Q.registerUser, { i: { phone: '+919000002001', name: 'Not me' } }), 'Unauthorized');
    expect(await stored(gw, 'storeUsers', { phone: '+919000002000' })).toBeUndefined();
    const product = (price: number, stock: number) => ({ i: { store_id: a.storeId, name: 'Bad', price, stock_quantity: stock, is_active: true } });
    refused(await call(gw, a.owner, Q.upsertProduct, product(-1, 1)), 'ValidationError');
    refused(await call(gw, a.owner, Q.upsertProduct, product(1, -1)), 'ValidationError');
    refused(await call(gw, a.owner, Q.upsertProduct, { i: { ...product(1, 1).i, product_id: 'no-such-product' } }), 'ProductNotFound');
    expect(await stored(gw, 'products', { store_id: a.storeId, product_id: 'no-such-product' })).toBeUndefined();
  });

  it('refuses a store over the plan limit and a tenant twice', async () => {
    const owner = await roles(gw).owner('tenant-free');
    await call(gw, owner, Q.createTenant, { i: { business_name: 'Free', plan: 'FREE' } });
    refused(await call(gw, owner, Q.createTenant, { i: { business_name: 'Free again', plan: 'PRO' } }), 'AlreadyExists');
    expect((await call(gw, owner, Q.createStore, { i: { prompt: 'p', store_type: 'clinic' } })).errors).toBeUndefined();
    const over = await call(gw, owner, Q.createStore, { i: { prompt: 'p', store_type: 'clinic' } });
    refused(over, 'StoreLimitReached');
    expect(over.errors?.[0].errorInfo).toEqual({ store_count: 1, max_stores: 1 });
    expect(await stored(gw, 'tenants', { tenant_id: 'tenant-free' })).toMatchObject({ store_count: 1, max_stores: 1, plan: 'FREE' });
    refused(await call(gw, await roles(gw).owner('tenant-ghost'), Q.createStore, { i: { prompt: 'p', store_type: 'clinic' } }), 'TenantNotFound');
  });
});
