// No N+1: an order's products (OrderItem.product) are read for the whole page with one BatchGetItem, so a page of
// 100 orders costs the same DynamoDB calls as a page of 10; counted on the calls the gateway's data sources make.
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { call, openShop, roles, type Shop } from './storefront-api';

let gw: RepoGateway;
let shop: Shop;
const sent: string[] = [];

const PAGE = `query ($s: ID!, $l: Int) { listOrdersByStore(store_id: $s, limit: $l) {
  items { order_id items { product_id quantity product { name stock_quantity } } } nextToken } }`;

beforeAll(async () => {
  gw = await startRepoGateway({
    apps: ['storefront'],
    wrapWire: (wire) => ({
      call(operation, input) {
        sent.push(operation);
        return wire.call(operation, input);
      },
    }),
  });
  shop = await openShop(gw, 'tenant-n1', ['A', 'B', 'C', 'D', 'E'].map((name, i) => ({ name, price: 10 + i, stock: 100 + i })));
  const ids = Object.values(shop.products);
  const orders = Array.from({ length: 100 }, (_, i) => ({
    order_id: `ord-${String(i).padStart(3, '0')}`,
    tenant_id: 'tenant-n1',
    store_id: shop.storeId,
    status: 'CONFIRMED',
    items: [0, 1].map((k) => ({ product_id: ids[(i + k) % ids.length], name: 'x', quantity: 1, unit_price: 1, line_total: 1 })),
    subtotal: 2, delivery_fee: 40, total_amount: 42, customer_phone: '+919800000000', payment_method: 'COD', payment_status: 'COD_PENDING',
    created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  }));
  for (let i = 0; i < orders.length; i += 25) {
    await gw.doc.send(new BatchWriteCommand({ RequestItems: { [gw.env.TABLE_orders]: orders.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
}, 60_000);
afterAll(async () => gw?.close());

async function counted(query: string, variables: Record<string, unknown>) {
  sent.length = 0;
  const out = await call(gw, shop.owner, query, variables);
  expect(out.errors).toBeUndefined();
  return { out, calls: [...sent] };
}

describe('OrderItem.product', () => {
  it('costs one BatchGetItem per page, for 10 orders as for 100', async () => {
    const small = await counted(PAGE, { s: shop.storeId, l: 10 });
    const large = await counted(PAGE, { s: shop.storeId, l: 100 });
    expect(small.calls).toEqual(['GetItem', 'Query', 'BatchGetItem']);
    expect(large.calls).toEqual(small.calls);
    const page = large.out.data.listOrdersByStore.items;
    expect(page).toHaveLength(100);
    expect(page[0].order_id).toBe('ord-099');
    const a = page.flatMap((o: { items: { product_id: string; product: { name: string } }[] }) => o.items).find((it: { product_id: string }) => it.product_id === shop.products.A);
    expect(a.product).toEqual({ name: 'A', stock_quantity: 100 });
  });

  it('skips the read when product is not selected, and reads one order the same way', async () => {
    const bare = await counted('query ($s: ID!) { listOrdersByStore(store_id: $s, limit: 100) { items { order_id } } }', { s: shop.storeId });
    expect(bare.calls).toEqual(['GetItem', 'Query']);
    const admin = await roles(gw).admin();
    sent.length = 0;
    const one = await call(gw, admin, 'query { getOrder(order_id: "ord-001") { items { product { name } } } }');
    expect([...sent]).toEqual(['GetItem', 'BatchGetItem']);
    expect(one.data.getOrder.items.map((it: { product: { name: string } }) => it.product.name)).toEqual(['B', 'C']);
  });
});

describe('Delivery.order', () => {
  it("costs one BatchGetItem for a page of an agent's deliveries, and shows each the order behind it", async () => {
    const agent = 'agent-n1';
    const deliveries = Array.from({ length: 100 }, (_, i) => ({
      agent_id: agent,
      delivery_id: `dlv-${String(i).padStart(3, '0')}`,
      order_id: `ord-${String(i).padStart(3, '0')}`,
      tenant_id: 'tenant-n1',
      store_id: shop.storeId,
      status: 'IN_TRANSIT',
      customer_phone: '+919800000000',
      is_cod: true,
      created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    for (let i = 0; i < deliveries.length; i += 25) {
      await gw.doc.send(new BatchWriteCommand({ RequestItems: { [gw.env.TABLE_deliveries]: deliveries.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
    }
    const list = 'query ($a: ID!, $l: Int) { listAgentDeliveries(agent_id: $a, limit: $l) { items { delivery_id order { order_id total_amount } } } }';
    const small = await counted(list, { a: agent, l: 10 });
    const large = await counted(list, { a: agent, l: 100 });
    expect(small.calls).toEqual(['Query', 'BatchGetItem']);
    expect(large.calls).toEqual(small.calls);
    for (const d of large.out.data.listAgentDeliveries.items) expect(d.order).toEqual({ order_id: d.delivery_id.replace('dlv', 'ord'), total_amount: 42 });
    // The agent is not assigned to these orders (delivery_agent_id unset): they see the deliveries, not the orders.
    sent.length = 0;
    const asAgent = await call(gw, await roles(gw).agent(agent), 'query { listAgentDeliveries(limit: 5) { items { delivery_id order { order_id } } } }');
    expect(asAgent.data.listAgentDeliveries.items.map((d: { order: unknown }) => d.order)).toEqual([null, null, null, null, null]);
  });
});
