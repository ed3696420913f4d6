// The storefront apps' operation documents, run through the typed client (aws-amplify v6 over HTTPS/WSS) against
// the repo's resolvers: the owner opens a shop, the customer orders and follows the order and its delivery live, the
// agent delivers, and each app's list screens read the result. Every call here is a generated TypedDocumentNode.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { decodeJWT } from 'aws-amplify/auth';
import {
  AgentDeliveriesDocument,
  AssignDeliveryDocument,
  CreateStoreDocument,
  CreateTenantDocument,
  createGatewayClient,
  GatewayError,
  MyDeliveriesDocument,
  MyOrdersDocument,
  MyStoreProfileDocument,
  OnOrderDeliveryDocument,
  OnOrderStatusDocument,
  OrderDeliveryDocument,
  OrderDetailsDocument,
  PlaceOrderDocument,
  PublicStoreDocument,
  RegisterStoreUserDocument,
  StoreCatalogueDocument,
  StoreOrdersDocument,
  TenantPaymentsDocument,
  UpdateDeliveryLocationDocument,
  UpdateDeliveryStatusDocument,
  UpdateOrderStatusDocument,
  UpdateStoreStatusDocument,
  UpsertProductDocument,
  type GatewayClient,
  type OrderStatus,
} from '../../client';
import { trustCa } from '../support/amplify-node';
import { startRepoGateway, type RepoGateway } from '../support/repo-gateway';

let gw: RepoGateway;
let client: GatewayClient;
const tokens: Record<string, string> = {};
let caller = 'customer';

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['storefront'], tls: true, orderStream: true });
  trustCa(gw.caCertPath!);
  const mint = (sub: string, groups: string[], claims: Record<string, string> = {}) => gw.auth.issuer.mintToken({ sub, groups, claims, expiresInSeconds: 3600 });
  tokens.owner = await mint('owner-typed', ['BUSINESS_OWNER'], { 'custom:tenant_id': 'tenant-typed' });
  tokens.admin = await mint('admin-typed', ['SUPER_ADMIN']);
  tokens.agent = await mint('agent-typed', ['DELIVERY_AGENT']);
  tokens.customer = await mint('cust-typed', ['CUSTOMER'], { phone_number: '+919811111111' });
  client = createGatewayClient(
    { version: '1.4', data: { url: gw.url, aws_region: 'eu-west-2', api_key: gw.auth.apiKey.id, default_authorization_type: 'AMAZON_COGNITO_USER_POOLS', authorization_types: ['API_KEY'] } },
    {
      // Stands in for Amplify Auth: whoever `caller` names is signed in.
      tokenProvider: {
        getTokens: async () => {
          const jwt = decodeJWT(tokens[caller]);
          return { accessToken: jwt, idToken: jwt };
        },
      },
    },
  );
}, 60_000);
afterAll(async () => gw?.close());

/** Runs a call as one of the apps' users. */
async function as<T>(who: string, run: () => Promise<T>): Promise<T> {
  caller = who;
  return run();
}

async function waitFor(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 25));
}

describe('storefront documents through the typed client', () => {
  it('run a day of the owner, customer and agent apps, with live order and delivery events', async () => {
    // Owner app: onboarding, a published store, one product.
    await as('owner', () => client.graphql({ query: CreateTenantDocument, variables: { input: { business_name: 'Typed Grocers', plan: 'PRO' } } }));
    const { data: created } = await as('owner', () => client.graphql({ query: CreateStoreDocument, variables: { input: { prompt: 'a grocery', store_type: 'grocery' } } }));
    const storeId = created.createStore.store_id;
    for (const status of ['DRAFT', 'PAID', 'PUBLISHED'] as const) {
      await as('owner', () => client.graphql({ query: UpdateStoreStatusDocument, variables: { store_id: storeId, status } }));
    }
    const { data: product } = await as('owner', () =>
      client.graphql({ query: UpsertProductDocument, variables: { input: { store_id: storeId, name: 'Paneer', price: 90, stock_quantity: 10, low_stock_threshold: 8, is_active: true } } }),
    );

    // Customer app: browse with the API key, register, order, follow it live.
    const { data: shop } = await client.graphql({ query: PublicStoreDocument, variables: { store_id: storeId }, authMode: 'apiKey' });
    expect(shop.getPublicStore).toMatchObject({ store_id: storeId, status: 'PUBLISHED' });
    const { data: catalogue } = await client.graphql({ query: StoreCatalogueDocument, variables: { store_id: storeId }, authMode: 'apiKey' });
    expect(catalogue.listProducts.items).toEqual([expect.objectContaining({ product_id: product.upsertProduct.product_id, name: 'Paneer', price: 90 })]);
    await as('customer', () => client.graphql({ query: RegisterStoreUserDocument, variables: { input: { phone: '+919811111111', name: 'Lata' } } }));
    const { data: profile } = await as('customer', () => client.graphql({ query: MyStoreProfileDocument }));
    expect(profile.getMyStoreProfile).toMatchObject({ role: 'CUSTOMER', name: 'Lata' });

    const { data: placed } = await as('customer', () =>
      client.graphql({
        query: PlaceOrderDocument,
        variables: { input: { store_id: storeId, items: [{ product_id: product.upsertProduct.product_id, quantity: 2 }], customer_name: 'Lata', delivery_address: '5 Temple St', payment_method: 'UPI' } },
      }),
    );
    const orderId = placed.placeOrder.order_id;
    expect(placed.placeOrder).toMatchObject({ status: 'PENDING_PAYMENT', subtotal: 180, items: [{ name: 'Paneer', quantity: 2, line_total: 180 }] });

    const statuses: OrderStatus[] = [];
    const positions: string[] = [];
    const errors: GatewayError[] = [];
    const orderEvents = client.graphql({ query: OnOrderStatusDocument, variables: { order_id: orderId } }).subscribe({
      next: ({ data }) => {
        expectTypeOf(data.onOrderUpdated?.status).toEqualTypeOf<OrderStatus | undefined>();
        if (data.onOrderUpdated) statuses.push(data.onOrderUpdated.status);
      },
      error: (error) => errors.push(error),
    });
    const deliveryEvents = client.graphql({ query: OnOrderDeliveryDocument, variables: { order_id: orderId } }).subscribe({
      next: ({ data }) => {
        const d = data.onDeliveryUpdated;
        if (d) positions.push(`${d.status} ${d.last_location ? `${d.last_location.lat},${d.last_location.lng}` : '-'}`);
      },
      error: (error) => errors.push(error),
    });
    await new Promise((r) => setTimeout(r, 800)); // the subscriptions' start_ack

    // Payment confirmed (super admin), prepared and handed to an agent (owner), delivered (agent).
    await as('admin', () => client.graphql({ query: UpdateOrderStatusDocument, variables: { order_id: orderId, status: 'CONFIRMED', razorpay_payment_id: 'pay_typed' } }));
    await as('owner', () => client.graphql({ query: UpdateOrderStatusDocument, variables: { order_id: orderId, status: 'PREPARING' } }));
    await as('agent', () => client.graphql({ query: RegisterStoreUserDocument, variables: { input: { phone: '+919000007777', name: 'Ravi' } } }));
    const { data: assigned } = await as('owner', () => client.graphql({ query: AssignDeliveryDocument, variables: { order_id: orderId, agent_id: 'agent-typed' } }));
    const deliveryId = assigned.assignDelivery.delivery_id;
    const { data: myDeliveries } = await as('agent', () => client.graphql({ query: MyDeliveriesDocument }));
    expect(myDeliveries.listAgentDeliveries.items).toEqual([expect.objectContaining({ delivery_id: deliveryId, order: expect.objectContaining({ order_id: orderId, items: [{ name: 'Paneer', quantity: 2 }] }) })]);
    await as('agent', () => client.graphql({ query: UpdateDeliveryStatusDocument, variables: { delivery_id: deliveryId, status: 'PICKED_UP' } }));
    await as('agent', () => client.graphql({ query: UpdateDeliveryStatusDocument, variables: { delivery_id: deliveryId, status: 'IN_TRANSIT' } }));
    await as('agent', () => client.graphql({ query: UpdateDeliveryLocationDocument, variables: { delivery_id: deliveryId, location: { lat: 13.01, lng: 77.6 } } }));
    await as('agent', () => client.graphql({ query: UpdateDeliveryStatusDocument, variables: { delivery_id: deliveryId, status: 'DELIVERED' } }));

    await waitFor(() => statuses.length >= 4 && positions.length >= 5);
    orderEvents.unsubscribe();
    deliveryEvents.unsubscribe();
    expect(errors).toEqual([]);
    // placeOrder ran before the subscription; OUT_FOR_DELIVERY and DELIVERED come through the orders stream.
    expect(statuses).toEqual(['CONFIRMED', 'PREPARING', 'OUT_FOR_DELIVERY', 'DELIVERED']);
    expect(positions).toEqual(['PENDING -', 'PICKED_UP -', 'IN_TRANSIT -', 'IN_TRANSIT 13.01,77.6', 'DELIVERED 13.01,77.6']);

    // The list and detail screens of each app.
    const { data: details } = await as('customer', () => client.graphql({ query: OrderDetailsDocument, variables: { order_id: orderId } }));
    expect(details.getOrder).toMatchObject({ status: 'DELIVERED', items: [{ name: 'Paneer', product: { product_id: product.upsertProduct.product_id } }] });
    const { data: mine } = await as('customer', () => client.graphql({ query: MyOrdersDocument, variables: { status: 'DELIVERED' } }));
    expect(mine.listMyOrders.items.map((o) => o.order_id)).toEqual([orderId]);
    const { data: tracking } = await as('customer', () => client.graphql({ query: OrderDeliveryDocument, variables: { order_id: orderId } }));
    expect(tracking.getOrderDelivery).toMatchObject({ status: 'DELIVERED', last_location: { lat: 13.01, lng: 77.6 } });
    const { data: board } = await as('owner', () => client.graphql({ query: StoreOrdersDocument, variables: { store_id: storeId } }));
    expect(board.listOrdersByStore.items).toEqual([expect.objectContaining({ order_id: orderId, status: 'DELIVERED', customer_phone: '+919811111111' })]);
    const { data: fleet } = await as('owner', () => client.graphql({ query: AgentDeliveriesDocument, variables: { agent_id: 'agent-typed' } }));
    expect(fleet.listAgentDeliveries.items.map((d) => d.status)).toEqual(['DELIVERED']);
    const { data: ledger } = await as('owner', () => client.graphql({ query: TenantPaymentsDocument, variables: { tenant_id: 'tenant-typed' } }));
    expect(ledger.listTenantPayments.items).toEqual([expect.objectContaining({ order_id: orderId, razorpay_payment_id: 'pay_typed' })]);
  }, 60_000);

  it('rejects a refused call with a GatewayError carrying the errorType', async () => {
    const failure = await as('customer', () => client.graphql({ query: StoreOrdersDocument, variables: { store_id: 'someone-elses' } })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GatewayError);
    expect((failure as GatewayError).errorType).toBe('Unauthorized');
  });
});
