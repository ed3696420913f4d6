/// <reference lib="dom" />
/**
 * `/tracking`: a customer signs in (local token), enters an order id and watches the order's status, the delivery's
 * status and the agent's position, live. Everything goes through the typed client (client/gateway-client.ts), that
 * is aws-amplify v6's `generateClient().graphql(...)`: OrderDetails and OrderDelivery for the state now,
 * OnOrderStatus and OnOrderDelivery (subscriptions over the real-time WebSocket) for every change after.
 *
 * Order of work when tracking starts: subscribe, wait until AppSync acknowledges both subscriptions (`start_ack`),
 * then read the current state. A change made in between reaches the page either way; the read never overwrites what
 * a subscription already delivered.
 */
import { decodeJWT } from 'aws-amplify/auth';
import { CONNECTION_STATE_CHANGE } from 'aws-amplify/api';
import { Hub } from 'aws-amplify/utils';
import {
  createGatewayClient,
  GatewayError,
  MyOrdersDocument,
  OnOrderDeliveryDocument,
  OnOrderStatusDocument,
  OrderDeliveryDocument,
  OrderDetailsDocument,
  type DeliveryFieldsFragment,
  type OrderFieldsFragment,
} from '../index';
import { byId, loadOutputs, mintLocalToken, readClaims, storedToken, storeToken, useWsOnPlainHttp } from './local-session';
import { trackingMap } from './tracking-map';

/**
 * The Hub event api-graphql dispatches on a subscription's `start_ack` (CONTROL_MSG.SUBSCRIPTION_ACK in
 * @aws-amplify/api-graphql/src/types/PubSub.ts; not re-exported by aws-amplify).
 */
const SUBSCRIPTION_ACK = 'Subscription ack';
const ACK_TIMEOUT_MS = 15_000;

const el = {
  phone: byId<HTMLInputElement>('phone'),
  token: byId<HTMLTextAreaElement>('token'),
  who: byId('who'),
  myOrders: byId('my-orders'),
  orderId: byId<HTMLInputElement>('order-id'),
  orderStatus: byId('order-status'),
  deliveryStatus: byId('delivery-status'),
  live: byId('live'),
  summary: byId('order-summary'),
  position: byId('position'),
  error: byId('error'),
  events: byId<HTMLUListElement>('events'),
};
const map = trackingMap(byId<SVGSVGElement>('map'));

const errorText = (error: unknown) =>
  error instanceof GatewayError ? `${error.errorType ?? 'Error'}: ${error.message}` : error instanceof Error ? error.message : String(error);
const showError = (error: unknown) => {
  el.error.textContent = error === null ? '' : errorText(error);
};
const setLive = (state: 'idle' | 'connecting' | 'live' | 'error', text: string = state) => {
  el.live.dataset.state = state;
  el.live.textContent = text;
};
/** One line of the events list; `kind` and `status` are also kept as data attributes (tests and styling read them). */
const logEvent = (text: string, kind: 'order' | 'delivery' | 'info' = 'info', status = '') => {
  const item = document.createElement('li');
  item.dataset.kind = kind;
  if (status) item.dataset.status = status;
  item.textContent = `${new Date().toLocaleTimeString()}  ${text}`;
  el.events.prepend(item);
};
const money = (amount: number) => `₹${amount.toFixed(2)}`;

useWsOnPlainHttp();
let token = storedToken();
const outputs = await loadOutputs();
// Tokens come from this page's sign-in, not from Amplify Auth (there is no Cognito locally).
const client = createGatewayClient(outputs as unknown as Record<string, unknown>, {
  authMode: 'userPool',
  tokenProvider: {
    getTokens: async () => {
      if (!token) return null;
      const jwt = decodeJWT(token);
      return { accessToken: jwt, idToken: jwt };
    },
  },
});

Hub.listen('api', ({ payload }) => {
  if (payload.event === CONNECTION_STATE_CHANGE) logEvent(`connection: ${String((payload.data as { connectionState?: string })?.connectionState)}`);
});

function showOrder(order: OrderFieldsFragment): void {
  el.orderStatus.textContent = order.status;
  const lines = order.items.map((l) => `${l.quantity} × ${l.name}`).join(', ');
  el.summary.textContent = `${lines}; ${money(order.total_amount)} by ${order.payment_method} (${order.payment_status})` +
    `${order.delivery_address ? `, to ${order.delivery_address}` : ''}${order.delivered_at ? `; delivered ${new Date(order.delivered_at).toLocaleString()}` : ''}`;
}

function showDelivery(delivery: DeliveryFieldsFragment): void {
  el.deliveryStatus.textContent = delivery.status;
  const at = delivery.last_location;
  if (at) {
    map.add(at);
    const accuracy = at.accuracy_m === null ? '' : ` (±${at.accuracy_m} m)`;
    el.position.textContent = `Agent ${delivery.agent_id} at ${at.lat.toFixed(5)}, ${at.lng.toFixed(5)}${accuracy}` +
      `${at.updated_at ? `, ${new Date(at.updated_at).toLocaleTimeString()}` : ''}`;
  } else {
    el.position.textContent = `Agent ${delivery.agent_id} assigned; no position yet.`;
  }
}

let stopTracking: () => void = () => undefined;

async function track(orderId: string): Promise<void> {
  stopTracking();
  showError(null);
  map.clear();
  el.events.replaceChildren();
  el.orderStatus.textContent = '-';
  el.deliveryStatus.textContent = '-';
  el.summary.textContent = '';
  el.position.textContent = 'No position yet.';
  if (!token) {
    setLive('error', 'sign in first');
    return;
  }
  history.replaceState(null, '', `?order=${encodeURIComponent(orderId)}`);
  setLive('connecting', 'connecting');
  const seen = { order: false, delivery: false };
  const acked = new Set<string>();
  let ready: () => void = () => undefined;
  const bothAcked = new Promise<void>((resolve) => (ready = resolve));
  const stopHub = Hub.listen('api', ({ payload }) => {
    const data = payload.data as { query?: string; variables?: { order_id?: string } } | undefined;
    if (payload.event !== SUBSCRIPTION_ACK || data?.variables?.order_id !== orderId) return;
    acked.add(data.query?.includes('onDeliveryUpdated') ? 'delivery' : 'order');
    if (acked.size === 2) ready();
  });
  const fail = (error: unknown) => {
    setLive('error', 'error');
    showError(error);
  };
  const orders = client.graphql({ query: OnOrderStatusDocument, variables: { order_id: orderId } }).subscribe({
    next: ({ data }) => {
      if (!data.onOrderUpdated) return;
      seen.order = true;
      showOrder(data.onOrderUpdated);
      logEvent(`order ${data.onOrderUpdated.status}`, 'order', data.onOrderUpdated.status);
    },
    error: fail,
  });
  const deliveries = client.graphql({ query: OnOrderDeliveryDocument, variables: { order_id: orderId } }).subscribe({
    next: ({ data }) => {
      const delivery = data.onDeliveryUpdated;
      if (!delivery) return;
      seen.delivery = true;
      showDelivery(delivery);
      const at = delivery.last_location;
      logEvent(`delivery ${delivery.status}${at ? ` at ${at.lat.toFixed(5)}, ${at.lng.toFixed(5)}` : ''}`, 'delivery', delivery.status);
    },
    error: fail,
  });
  let stopped = false;
  stopTracking = () => {
    stopped = true;
    stopHub();
    orders.unsubscribe();
    deliveries.unsubscribe();
    setLive('idle');
  };

  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ACK_TIMEOUT_MS));
  if ((await Promise.race([bothAcked, timeout])) === 'timeout') {
    if (!stopped && el.live.dataset.state !== 'error') fail(new Error('the subscriptions were not acknowledged in time'));
    return;
  }
  stopHub();
  if (stopped) return;
  try {
    const [order, delivery] = await Promise.all([
      client.graphql({ query: OrderDetailsDocument, variables: { order_id: orderId } }),
      client.graphql({ query: OrderDeliveryDocument, variables: { order_id: orderId } }),
    ]);
    if (stopped) return;
    if (!order.data.getOrder) throw new Error(`There is no order ${orderId}.`);
    if (!seen.order) showOrder(order.data.getOrder);
    if (!seen.delivery) {
      if (delivery.data.getOrderDelivery) showDelivery(delivery.data.getOrderDelivery);
      else el.position.textContent = 'No agent assigned yet.';
    }
    setLive('live', 'live');
    logEvent(`tracking ${orderId}: order ${order.data.getOrder.status}, delivery ${delivery.data.getOrderDelivery?.status ?? 'not assigned'}`);
  } catch (error) {
    if (error instanceof GatewayError && error.errorType === 'Unauthorized') {
      fail(new Error(`Order ${orderId} is not one of yours (or does not exist).`));
    } else fail(error);
  }
}

async function showSignedIn(): Promise<void> {
  el.myOrders.replaceChildren();
  if (!token) {
    el.who.textContent = 'Not signed in.';
    return;
  }
  const claims = readClaims(token);
  el.who.textContent = `Signed in as ${claims.phone ?? claims.sub} (${claims.groups.join(', ') || 'no groups'})` +
    `${claims.expiresAt ? `, until ${claims.expiresAt.toLocaleTimeString()}` : ''}.`;
  if (!claims.groups.includes('CUSTOMER')) return;
  const { data } = await client.graphql({ query: MyOrdersDocument, variables: { limit: 10 } });
  if (data.listMyOrders.items.length === 0) el.myOrders.textContent = 'No orders yet.';
  for (const order of data.listMyOrders.items) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = `${order.order_id} · ${order.status}`;
    button.addEventListener('click', () => {
      el.orderId.value = order.order_id;
      void track(order.order_id);
    });
    el.myOrders.append(button);
  }
}

async function signIn(newToken: string | null): Promise<void> {
  showError(null);
  stopTracking();
  if (newToken) readClaims(newToken); // refuses what is not a JWT before it is kept
  token = newToken;
  storeToken(newToken);
  await showSignedIn();
}

const guarded = (work: () => Promise<void>) => (event: Event) => {
  event.preventDefault();
  work().catch(showError);
};

byId('signin-form').addEventListener('submit', guarded(async () => {
  const phone = el.phone.value.trim();
  if (!/^\+[1-9]\d{7,14}$/.test(phone)) throw new Error('Enter the phone number in E.164 form, e.g. +919800000001.');
  // Eight hours: a working day of local testing without signing in again.
  await signIn(await mintLocalToken({ sub: `local-customer-${phone.slice(1)}`, groups: ['CUSTOMER'], claims: { phone_number: phone }, expiresInSeconds: 8 * 3600 }));
}));
byId('token-form').addEventListener('submit', guarded(() => signIn(el.token.value.trim() || null)));
byId('signout-button').addEventListener('click', guarded(() => signIn(null)));
byId('order-form').addEventListener('submit', guarded(async () => {
  const orderId = el.orderId.value.trim();
  if (!orderId) throw new Error('Enter an order id.');
  await track(orderId);
}));

const requested = new URLSearchParams(location.search).get('order');
await showSignedIn().catch(showError);
if (requested) {
  el.orderId.value = requested;
  await track(requested).catch(showError);
}
document.body.dataset.ready = 'true';
