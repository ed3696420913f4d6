// The unmodified aws-amplify v6 client (over HTTPS/WSS) as the customer's app: it browses with the API key, orders,
// and its two subscriptions receive every status and location change of the order, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureAmplify, trustCa, watchConnection } from '../../support/amplify-node';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { call, DELIVERY_FIELDS, openShop, ORDER_FIELDS, Q, registerAgent, roles, type Json, type Shop } from './storefront-api';

let gw: RepoGateway;
let shop: Shop;
let customer = '';
let client: ReturnType<typeof configureAmplify>;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['storefront'], tls: true, orderStream: true });
  trustCa(gw.caCertPath!);
  shop = await openShop(gw, 'tenant-amp', [{ name: 'Paneer', price: 90, stock: 10 }]);
  customer = await roles(gw).customer('+919855555555');
  client = configureAmplify({ url: gw.url, apiKey: gw.auth.apiKey.id, defaultAuth: 'AMAZON_COGNITO_USER_POOLS', token: () => customer });
}, 60_000);
afterAll(async () => gw?.close());

type Observable = { subscribe(o: { next: (e: { data: Json }) => void; error: (e: unknown) => void }): { unsubscribe(): void } };

async function waitFor(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 25));
}

describe('the customer app on aws-amplify', () => {
  it('browses, orders and follows the delivery live', async () => {
    const browse = (await client.graphql({ query: Q.listProducts, variables: { s: shop.storeId }, authMode: 'apiKey' })) as { data: Json };
    const paneer = browse.data.listProducts.items[0];
    expect(paneer).toMatchObject({ name: 'Paneer', price: 90 });

    const events: string[] = [];
    const errors: unknown[] = [];
    const connection = await watchConnection();
    const watch = (query: string, field: string, describe: (x: Json) => string) =>
      (client.graphql({ query, authMode: 'userPool' }) as unknown as Observable).subscribe({
        next: (e) => events.push(describe(e.data[field])),
        error: (e) => errors.push(e),
      });
    const orders = watch(`subscription { onOrderUpdated { ${ORDER_FIELDS} } }`, 'onOrderUpdated', (o) => `order ${o.status}`);
    const deliveries = watch(`subscription { onDeliveryUpdated { ${DELIVERY_FIELDS} } }`, 'onDeliveryUpdated', (d) => `delivery ${d.status} ${d.last_location ? d.last_location.lat : '-'}`);
    await waitFor(() => connection.connected() || errors.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).toEqual([]);

    const placed = (await client.graphql({
      query: Q.placeOrder,
      variables: { i: { store_id: shop.storeId, items: [{ product_id: paneer.product_id, quantity: 2 }], customer_name: 'Lata', delivery_address: '5 Temple St', payment_method: 'UPI' } },
      authMode: 'userPool',
    })) as { data: Json };
    const orderId = placed.data.placeOrder.order_id;
    await call(gw, await roles(gw).admin(), Q.orderStatus, { o: orderId, st: 'CONFIRMED', p: 'pay_amp' });
    await call(gw, shop.owner, Q.orderStatus, { o: orderId, st: 'PREPARING' });
    const agent = await registerAgent(gw, 'agent-amp', '+919000005555');
    const d = (await call(gw, shop.owner, Q.assign, { o: orderId, a: 'agent-amp' })).data.assignDelivery.delivery_id;
    await call(gw, agent, Q.deliveryStatus, { d, st: 'PICKED_UP' });
    await call(gw, agent, Q.deliveryStatus, { d, st: 'IN_TRANSIT' });
    await call(gw, agent, Q.location, { d, l: { lat: 13.01, lng: 77.6 } });
    expect((await call(gw, agent, Q.deliveryStatus, { d, st: 'DELIVERED' })).errors).toBeUndefined();

    await waitFor(() => events.length >= 10);
    orders.unsubscribe();
    deliveries.unsubscribe();
    connection.stop();
    // OUT_FOR_DELIVERY and DELIVERED come through the orders stream (written by the delivery mutations).
    expect(events.filter((e) => e.startsWith('order'))).toEqual([
      'order PENDING_PAYMENT',
      'order CONFIRMED',
      'order PREPARING',
      'order OUT_FOR_DELIVERY',
      'order DELIVERED',
    ]);
    expect(events.filter((e) => e.startsWith('delivery'))).toEqual([
      'delivery PENDING -',
      'delivery PICKED_UP -',
      'delivery IN_TRANSIT -',
      'delivery IN_TRANSIT 13.01',
      'delivery DELIVERED 13.01',
    ]);
  }, 30_000);
});
