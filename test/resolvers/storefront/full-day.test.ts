// A full day of the storefront through the local endpoint over real HTTP: an owner opens a shop, the public browses
// with the API key, customers order (COD and UPI), the owner prepares and assigns, the agent moves and delivers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { call, openShop, Q, registerAgent, roles, stored, type Shop } from './storefront-api';

let gw: RepoGateway;
let shop: Shop;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['storefront'] });
  shop = await openShop(gw, 'tenant-day', [
    { name: 'Rice', price: 120.5, stock: 20, threshold: 5 },
    { name: 'Dal', price: 99.99, stock: 10 },
    { name: 'Hidden', price: 10, stock: 10, active: false },
  ]);
}, 60_000);
afterAll(async () => gw?.close());

describe('a day at the shop', () => {
  it('shows the published store and only its active products to the public', async () => {
    const store = await call(gw, { apiKey: true }, Q.publicStore, { s: shop.storeId });
    expect(store.data.getPublicStore).toMatchObject({ store_id: shop.storeId, status: 'PUBLISHED', tenant_id: 'tenant-day' });
    const products = await call(gw, { apiKey: true }, Q.listProducts, { s: shop.storeId });
    expect(products.data.listProducts.items.map((p: { name: string }) => p.name).sort()).toEqual(['Dal', 'Rice']);
    const owned = await call(gw, shop.owner, Q.listProducts, { s: shop.storeId });
    expect(owned.data.listProducts.items).toHaveLength(3);
    const tenant = await call(gw, shop.owner, Q.getTenant, { t: 'tenant-day' });
    expect(tenant.data.getTenant).toEqual({ tenant_id: 'tenant-day', store_count: 1, max_stores: 5 });
  });

  it('prices a COD order from the table, takes the stock, and delivers it with the cash recorded', async () => {
    const r = roles(gw);
    const customer = await r.customer('+919800000010');
    const placed = await call(gw, customer, Q.placeOrder, {
      i: {
        store_id: shop.storeId,
        items: [
          { product_id: shop.products.Rice, quantity: 2 },
          { product_id: shop.products.Dal, quantity: 1 },
          { product_id: shop.products.Rice, quantity: 1 },
        ],
        customer_name: 'Asha',
        delivery_address: '12 MG Road',
        payment_method: 'COD',
      },
    });
    expect(placed.errors).toBeUndefined();
    const order = placed.data.placeOrder;
    expect(order).toMatchObject({
      status: 'CONFIRMED',
      payment_status: 'COD_PENDING',
      tenant_id: 'tenant-day',
      customer_phone: '+919800000010',
      subtotal: 461.49,
      delivery_fee: 40,
      total_amount: 501.49,
    });
    expect(order.items).toEqual([
      { product_id: shop.products.Rice, name: 'Rice', quantity: 3, unit_price: 120.5, line_total: 361.5 },
      { product_id: shop.products.Dal, name: 'Dal', quantity: 1, unit_price: 99.99, line_total: 99.99 },
    ]);
    expect((await stored(gw, 'products', { store_id: shop.storeId, product_id: shop.products.Rice })).stock_quantity).toBe(17);

    const prepared = await call(gw, shop.owner, Q.orderStatus, { o: order.order_id, st: 'PREPARING' });
    expect(prepared.data.updateOrderStatus.status).toBe('PREPARING');

    const agent = await registerAgent(gw, 'agent-day', '+919000000777');
    const assigned = await call(gw, shop.owner, Q.assign, { o: order.order_id, a: 'agent-day' });
    expect(assigned.errors).toBeUndefined();
    const delivery = assigned.data.assignDelivery;
    expect(delivery).toMatchObject({ agent_id: 'agent-day', status: 'PENDING', is_cod: true, cod_amount: 501.49, customer_phone: '+919800000010' });
    expect((await call(gw, customer, Q.getOrder, { o: order.order_id })).data.getOrder).toMatchObject({ status: 'OUT_FOR_DELIVERY', delivery_agent_id: 'agent-day' });

    for (const status of ['PICKED_UP', 'IN_TRANSIT']) {
      const moved = await call(gw, agent, Q.deliveryStatus, { d: delivery.delivery_id, st: status });
      expect(moved.data.updateDeliveryStatus.status).toBe(status);
    }
    const located = await call(gw, agent, Q.location, { d: delivery.delivery_id, l: { lat: 12.97, lng: 77.59, accuracy_m: 8 } });
    expect(located.data.updateDeliveryLocation.last_location).toEqual({ lat: 12.97, lng: 77.59, accuracy_m: 8 });
    const seen = await call(gw, customer, Q.orderDelivery, { o: order.order_id });
    expect(seen.data.getOrderDelivery).toMatchObject({ delivery_id: delivery.delivery_id, status: 'IN_TRANSIT', last_location: { lat: 12.97 } });

    const done = await call(gw, agent, Q.deliveryStatus, { d: delivery.delivery_id, st: 'DELIVERED', c: 501.49 });
    expect(done.errors).toBeUndefined();
    expect(done.data.updateDeliveryStatus).toMatchObject({ status: 'DELIVERED', cod_collected: true, cod_collected_amount: 501.49 });
    const final = (await call(gw, customer, Q.getOrder, { o: order.order_id })).data.getOrder;
    expect(final).toMatchObject({ status: 'DELIVERED', payment_status: 'PAID' });
    expect(final.delivered_at).toBe(done.data.updateDeliveryStatus.delivered_at);
    const payments = await call(gw, shop.owner, Q.payments, { t: 'tenant-day' });
    expect(payments.data.listTenantPayments.items).toContainEqual(
      expect.objectContaining({ order_id: order.order_id, amount: 501.49, payment_method: 'COD', status: 'CAPTURED', collected_by: 'agent-day' }),
    );
    const mine = await call(gw, agent, Q.agentDeliveries, {});
    expect(mine.data.listAgentDeliveries.items).toEqual([expect.objectContaining({ delivery_id: delivery.delivery_id, status: 'DELIVERED' })]);
  });

  it('keeps a UPI order PENDING_PAYMENT until the payment is confirmed, then records it', async () => {
    const customer = await roles(gw).customer('+919800000011');
    const placed = await call(gw, customer, Q.placeOrder, {
      i: { store_id: shop.storeId, items: [{ product_id: shop.products.Rice, quantity: 5 }], customer_name: 'Ravi', delivery_address: '3 Park St', payment_method: 'UPI' },
    });
    expect(placed.data.placeOrder).toMatchObject({ status: 'PENDING_PAYMENT', payment_status: 'PENDING', subtotal: 602.5, delivery_fee: 0, total_amount: 602.5 });
    const id = placed.data.placeOrder.order_id;
    const admin = await roles(gw).admin();
    const confirmed = await call(gw, admin, Q.orderStatus, { o: id, st: 'CONFIRMED', p: 'pay_123' });
    expect(confirmed.data.updateOrderStatus).toMatchObject({ status: 'CONFIRMED', payment_status: 'PAID', razorpay_payment_id: 'pay_123' });
    const payments = await call(gw, shop.owner, Q.payments, { t: 'tenant-day' });
    expect(payments.data.listTenantPayments.items).toContainEqual(expect.objectContaining({ order_id: id, payment_method: 'UPI', status: 'CAPTURED', razorpay_payment_id: 'pay_123' }));
    const mine = await call(gw, customer, Q.myOrders, {});
    expect(mine.data.listMyOrders.items).toEqual([{ order_id: id, status: 'CONFIRMED', customer_phone: '+919800000011' }]);
  });

  it('flags a product whose stock an order takes to its low-stock threshold', async () => {
    const before = await stored(gw, 'products', { store_id: shop.storeId, product_id: shop.products.Rice });
    expect(before.low_stock).toBe(false);
    const customer = await roles(gw).customer('+919800000012');
    const take = before.stock_quantity - 5;
    const placed = await call(gw, customer, Q.placeOrder, {
      i: { store_id: shop.storeId, items: [{ product_id: shop.products.Rice, quantity: take }], customer_name: 'Meera', delivery_address: '9 Lake Rd', payment_method: 'CARD' },
    });
    expect(placed.errors).toBeUndefined();
    expect(await stored(gw, 'products', { store_id: shop.storeId, product_id: shop.products.Rice })).toMatchObject({ stock_quantity: 5, low_stock: true });
  });

  it('lists the store and tenant orders newest first, by status, page by page', async () => {
    const all = await call(gw, shop.owner, Q.ordersByStore, { s: shop.storeId });
    const times = all.data.listOrdersByStore.items.map((o: { created_at: string }) => o.created_at);
    expect(times).toHaveLength(3);
    expect([...times].sort().reverse()).toEqual(times);
    const delivered = await call(gw, shop.owner, Q.ordersByTenant, { t: 'tenant-day', st: 'DELIVERED' });
    expect(delivered.data.listOrdersByTenant.items.map((o: { status: string }) => o.status)).toEqual(['DELIVERED']);
    const first = await call(gw, shop.owner, Q.ordersByTenant, { t: 'tenant-day', l: 2 });
    expect(first.data.listOrdersByTenant.items).toHaveLength(2);
    const rest = await call(gw, shop.owner, Q.ordersByTenant, { t: 'tenant-day', l: 2, n: first.data.listOrdersByTenant.nextToken });
    expect(rest.data.listOrdersByTenant.items.map((o: { order_id: string }) => o.order_id)).toEqual([all.data.listOrdersByStore.items[2].order_id]);
  });
});
