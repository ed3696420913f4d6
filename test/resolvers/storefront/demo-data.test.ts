// The storefront demo data (what `npm start` loads) read through the API as the well-known demo identities: the
// resolvers' shapes match the generated records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '../../../infra/model';
import { demoDataSet } from '../../../infra/local/demo-data/demo-set';
import { STOREFRONT_DEMO_IDENTITIES as ID } from '../../../infra/local/demo-data/storefront';
import { batchPut } from '../../../infra/local/dynamodb/batch-write';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { call, Q, roles, type Json } from './storefront-api';

let gw: RepoGateway;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['storefront'] });
  const data = demoDataSet();
  for (const t of tables.filter((x) => x.app === 'storefront')) await batchPut(gw.client, gw.env[`TABLE_${t.id}`], data[t.id] ?? []);
}, 60_000);
afterAll(async () => gw?.close());

describe('storefront demo data through the API', () => {
  it('shows the public a published store with its active products and JSON config', async () => {
    const store = await call(gw, { apiKey: true }, 'query { getPublicStore(store_id: "store_001") { store_id status config live_url } }');
    expect(store.errors).toBeUndefined();
    expect(JSON.parse(store.data.getPublicStore.config)).toMatchObject({ delivery: { fee: 40, free_above: 499 } });
    const products = await call(gw, { apiKey: true }, Q.listProducts, { s: 'store_001' });
    expect(products.errors).toBeUndefined();
    expect(products.data.listProducts.items.length).toBeGreaterThan(0);
    expect(products.data.listProducts.items.every((p: { is_active: boolean }) => p.is_active)).toBe(true);
  });

  it("pages an owner through store_001's 130 orders, newest first", async () => {
    const owner = await roles(gw).owner(ID.owner.tenant_id, ID.owner.sub);
    const seen: Json[] = [];
    let nextToken: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const out = await call(gw, owner, Q.ordersByStore, { s: 'store_001', l: 50, n: nextToken });
      expect(out.errors).toBeUndefined();
      seen.push(...out.data.listOrdersByStore.items);
      nextToken = out.data.listOrdersByStore.nextToken;
      if (!nextToken) break;
    }
    expect(new Set(seen.map((o) => o.order_id)).size).toBe(130);
    const times = seen.map((o) => o.created_at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("lets the demo customer read their orders with the products' current stock", async () => {
    const customer = await roles(gw).customer(ID.customer.phone, ID.customer.sub);
    const mine = await call(gw, customer, 'query { listMyOrders(limit: 5) { items { order_id customer_phone items { product_id product { stock_quantity } } } } }');
    expect(mine.errors).toBeUndefined();
    expect(mine.data.listMyOrders.items.length).toBeGreaterThan(0);
    for (const o of mine.data.listMyOrders.items) expect(o.customer_phone).toBe(ID.customer.phone);
    expect(mine.data.listMyOrders.items[0].items[0].product).toEqual({ stock_quantity: expect.any(Number) });
  });

  it('lets the demo agent list their own deliveries and read the orders assigned to them', async () => {
    const agent = await roles(gw).agent(ID.agent.sub);
    const out = await call(gw, agent, Q.agentDeliveries, {});
    expect(out.errors).toBeUndefined();
    const deliveries = out.data.listAgentDeliveries.items as Json[];
    expect(deliveries.length).toBeGreaterThan(0);
    const order = await call(gw, agent, 'query ($o: ID!) { getOrder(order_id: $o) { order_id delivery_agent_id } }', { o: deliveries[0].order_id });
    expect(order.errors).toBeUndefined();
    expect(order.data.getOrder.delivery_agent_id).toBe(ID.agent.sub);
  });
});
