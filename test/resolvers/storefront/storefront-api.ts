/**
 * Test support for the storefront suites: the repo's API on the storefront tables only, callers of every role with
 * local Cognito tokens, the GraphQL documents the suites send, and a helper that opens a published shop.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { RepoGateway } from '../../support/repo-gateway';

import { call, type Json, type Outcome } from '../../support/graphql-call';

export { call, callRetrying, type GqlError, type Json, type Outcome } from '../../support/graphql-call';

const DAYS = 10 * 86400;

export function roles(gw: RepoGateway) {
  const mint = (sub: string, groups: string[], claims: Record<string, string> = {}) =>
    gw.auth.issuer.mintToken({ sub, groups, claims, expiresInSeconds: DAYS });
  return {
    admin: (sub = 'admin-1') => mint(sub, ['SUPER_ADMIN']),
    owner: (tenantId: string, sub = `owner-${tenantId}`) => mint(sub, ['BUSINESS_OWNER'], { 'custom:tenant_id': tenantId }),
    agent: (sub: string) => mint(sub, ['DELIVERY_AGENT']),
    customer: (phone: string, sub = `cust-${phone}`) => mint(sub, ['CUSTOMER'], { phone_number: phone }),
    nobody: (sub = 'nobody-1') => mint(sub, []),
  };
}

/** A record as stored (consistent read), or undefined. */
export async function stored(gw: RepoGateway, tableId: string, key: Record<string, unknown>): Promise<Json> {
  const out = await gw.doc.send(new GetCommand({ TableName: gw.env[`TABLE_${tableId}`], Key: key, ConsistentRead: true }));
  return out.Item;
}

export const ORDER_FIELDS =
  'order_id tenant_id store_id status items { product_id name quantity unit_price line_total } subtotal delivery_fee total_amount customer_name customer_phone delivery_address payment_method payment_status razorpay_payment_id delivery_agent_id delivered_at created_at';
export const DELIVERY_FIELDS =
  'agent_id delivery_id order_id tenant_id store_id status customer_phone is_cod cod_amount cod_collected cod_collected_amount last_location { lat lng accuracy_m } picked_up_at delivered_at';

export const Q = {
  createTenant: 'mutation ($i: CreateTenantInput!) { createTenant(input: $i) { tenant_id owner_user_id plan store_count max_stores subscription_status } }',
  registerUser: 'mutation ($i: RegisterStoreUserInput!) { registerStoreUser(input: $i) { phone user_id role tenant_id cognito_sub is_active } }',
  createStore: 'mutation ($i: CreateStoreInput!) { createStore(input: $i) { tenant_id store_id status domain config } }',
  storeStatus: 'mutation ($t: ID, $s: ID!, $st: StoreStatus!) { updateStoreStatus(tenant_id: $t, store_id: $s, status: $st) { store_id status published_at live_url } }',
  upsertProduct: 'mutation ($i: ProductInput!) { upsertProduct(input: $i) { store_id product_id name price stock_quantity low_stock_threshold is_active low_stock images prediction } }',
  listProducts: 'query ($s: ID!, $n: String) { listProducts(store_id: $s, nextToken: $n) { items { product_id name price is_active stock_quantity } nextToken } }',
  publicStore: 'query ($s: ID!) { getPublicStore(store_id: $s) { store_id status tenant_id } }',
  placeOrder: `mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { ${ORDER_FIELDS} } }`,
  orderStatus: `mutation ($o: ID!, $st: OrderStatus!, $p: String) { updateOrderStatus(order_id: $o, status: $st, razorpay_payment_id: $p) { ${ORDER_FIELDS} } }`,
  assign: `mutation ($o: ID!, $a: ID!) { assignDelivery(order_id: $o, agent_id: $a) { ${DELIVERY_FIELDS} } }`,
  location: `mutation ($d: ID!, $l: LocationInput!) { updateDeliveryLocation(delivery_id: $d, location: $l) { ${DELIVERY_FIELDS} } }`,
  deliveryStatus: `mutation ($d: ID!, $st: DeliveryStatus!, $c: Float) { updateDeliveryStatus(delivery_id: $d, status: $st, cod_collected_amount: $c) { ${DELIVERY_FIELDS} } }`,
  getOrder: `query ($o: ID!) { getOrder(order_id: $o) { ${ORDER_FIELDS} } }`,
  orderDelivery: `query ($o: ID!) { getOrderDelivery(order_id: $o) { ${DELIVERY_FIELDS} } }`,
  ordersByStore: 'query ($s: ID!, $st: OrderStatus, $l: Int, $n: String) { listOrdersByStore(store_id: $s, status: $st, limit: $l, nextToken: $n) { items { order_id status created_at } nextToken } }',
  ordersByTenant: 'query ($t: ID!, $st: OrderStatus, $l: Int, $n: String) { listOrdersByTenant(tenant_id: $t, status: $st, limit: $l, nextToken: $n) { items { order_id status created_at } nextToken } }',
  myOrders: 'query ($st: OrderStatus) { listMyOrders(status: $st) { items { order_id status customer_phone } nextToken } }',
  agentDeliveries: 'query ($a: ID) { listAgentDeliveries(agent_id: $a) { items { delivery_id order_id status tenant_id } nextToken } }',
  payments: 'query ($t: ID!) { listTenantPayments(tenant_id: $t) { items { payment_id order_id amount payment_method status collected_by razorpay_payment_id } nextToken } }',
  getTenant: 'query ($t: ID!) { getTenant(tenant_id: $t) { tenant_id store_count max_stores } }',
  getStore: 'query ($t: ID!, $s: ID!) { getStore(tenant_id: $t, store_id: $s) { store_id status } }',
};

export interface Shop {
  tenantId: string;
  storeId: string;
  owner: string;
  products: Record<string, string>;
}

export interface ProductSpec {
  name: string;
  price: number;
  stock: number;
  threshold?: number;
  active?: boolean;
}

function must(outcome: Outcome, what: string): Json {
  if (outcome.errors) throw new Error(`${what}: ${JSON.stringify(outcome.errors)}`);
  return outcome.data;
}

/** An owner creates a tenant and a store, walks it to PUBLISHED and adds the products. */
export async function openShop(gw: RepoGateway, tenantId: string, products: ProductSpec[], plan = 'PRO'): Promise<Shop> {
  const owner = await roles(gw).owner(tenantId);
  must(await call(gw, owner, Q.createTenant, { i: { business_name: `Shop ${tenantId}`, plan } }), 'createTenant');
  const store = must(await call(gw, owner, Q.createStore, { i: { prompt: 'a grocery', store_type: 'grocery' } }), 'createStore').createStore;
  for (const status of ['DRAFT', 'PAID', 'PUBLISHED']) {
    must(await call(gw, owner, Q.storeStatus, { s: store.store_id, st: status }), `store -> ${status}`);
  }
  const ids: Record<string, string> = {};
  for (const p of products) {
    const input = { store_id: store.store_id, name: p.name, price: p.price, stock_quantity: p.stock, low_stock_threshold: p.threshold ?? null, is_active: p.active ?? true };
    ids[p.name] = must(await call(gw, owner, Q.upsertProduct, { i: input }), 'upsertProduct').upsertProduct.product_id;
  }
  return { tenantId, storeId: store.store_id, owner, products: ids };
}

/** Registers a delivery agent's profile (agent_id = their sub). */
export async function registerAgent(gw: RepoGateway, sub: string, phone: string): Promise<string> {
  const token = await roles(gw).agent(sub);
  must(await call(gw, token, Q.registerUser, { i: { phone, name: `Agent ${sub}` } }), 'registerStoreUser');
  return token;
}
