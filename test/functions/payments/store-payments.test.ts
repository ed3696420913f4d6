// Razorpay for storefront orders end to end, through the local gateway: checkout opened once per order, the checkout
// signature checked before anything moves, webhooks verified, deduplicated and applied forward only whatever their
// order, the capture confirming the order for the customer's aws-amplify subscription and the owner's, and refunds
// that never add up to more than was captured. Razorpay itself is the fake on loopback; webhooks are signed fixtures.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureAmplify, trustCa, watchConnection } from '../../support/amplify-node';
import { openRealtime, startFrame, type RawRealtime } from '../../support/realtime-client';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { call, openShop, ORDER_FIELDS, Q, roles, stored, type Json, type Shop } from '../../resolvers/storefront/storefront-api';
import { startFakeRazorpay, type FakeRazorpay } from './fake-razorpay';

const KEY_ID = 'rzp_test_store';
const KEY_SECRET = 'store-key-secret';
const WEBHOOK_SECRET = 'store-webhook-secret';

const P = {
  checkout: 'mutation ($o: ID!) { createOrderPayment(order_id: $o) { order_id razorpay_order_id amount currency key_id } }',
  verify: 'mutation ($i: VerifyOrderPaymentInput!) { verifyOrderPayment(input: $i) { payment_id status razorpay_payment_id } }',
  refund: 'mutation ($i: RefundOrderPaymentInput!) { refundOrderPayment(input: $i) { payment_id idempotency_key amount razorpay_refund_id status } }',
};

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('hex');

let gw: RepoGateway;
let fake: FakeRazorpay;
let shop: Shop;
let productId = '';
let customer = '';
const sockets: RawRealtime[] = [];

beforeAll(async () => {
  fake = await startFakeRazorpay(KEY_ID, KEY_SECRET);
  gw = await startRepoGateway({
    apps: ['storefront'],
    tls: true,
    orderStream: true,
    billing: { razorpay: { keyId: KEY_ID, keySecret: KEY_SECRET, webhookSecrets: [WEBHOOK_SECRET], hostUrl: fake.url } },
  });
  trustCa(gw.caCertPath!);
  shop = await openShop(gw, 'tenant-rzp', [{ name: 'Thali', price: 149.5, stock: 500 }]);
  customer = await roles(gw).customer('+919812345678');
  productId = (await call(gw, { apiKey: true }, Q.listProducts, { s: shop.storeId })).data.listProducts.items[0].product_id;
}, 60_000);
afterAll(async () => {
  for (const ws of sockets) await ws.close();
  await gw?.close();
  await fake?.close();
});

async function placeUpiOrder(quantity = 1): Promise<Json> {
  const placed = await call(gw, customer, Q.placeOrder, {
    i: { store_id: shop.storeId, items: [{ product_id: productId, quantity }], customer_name: 'Meera', delivery_address: '9 Lake Rd', payment_method: 'UPI' },
  });
  expect(placed.errors).toBeUndefined();
  return placed.data.placeOrder;
}

async function webhook(body: object, eventId: string, secret = WEBHOOK_SECRET, raw = JSON.stringify(body)) {
  const res = await fetch(new URL('/webhooks/razorpay', gw.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-razorpay-signature': sign(secret, raw), 'x-razorpay-event-id': eventId },
    body: raw,
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; duplicate?: boolean; applied?: boolean } };
}

const paymentEvent = (event: string, razorpayOrderId: string, amount: number, id = `pay_${razorpayOrderId}`) => ({
  event,
  payload: { payment: { entity: { id, order_id: razorpayOrderId, amount, currency: 'INR', method: 'upi' } } },
});

const paymentOf = (razorpayOrderId: string) => stored(gw, 'storePayments', { tenant_id: shop.tenantId, payment_id: razorpayOrderId });
const orderOf = (orderId: string) => stored(gw, 'orders', { order_id: orderId });

async function checkout(orderId: string) {
  const answer = await call(gw, customer, P.checkout, { o: orderId });
  expect(answer.errors).toBeUndefined();
  return answer.data.createOrderPayment as { razorpay_order_id: string; amount: number };
}

async function capturedOrder(): Promise<{ orderId: string; rzp: string; paymentId: string }> {
  const order = await placeUpiOrder(2); // 2 × 149.50 + delivery fee
  const { razorpay_order_id: rzp, amount } = await checkout(order.order_id);
  expect((await webhook(paymentEvent('payment.captured', rzp, amount), `evt_cap_${rzp}`)).body).toMatchObject({ applied: true });
  return { orderId: order.order_id, rzp, paymentId: rzp };
}

describe('storefront checkout through Razorpay', () => {
  it('opens one Razorpay order per store order, in paise, for its customer only', async () => {
    const order = await placeUpiOrder();
    const before = fake.orders.length;
    const first = await checkout(order.order_id);
    expect(first).toMatchObject({ order_id: order.order_id, currency: 'INR', key_id: KEY_ID, amount: Math.round(order.total_amount * 100) });
    expect(fake.orders.slice(before)).toEqual([{ amount: first.amount, currency: 'INR', receipt: order.order_id, notes: expect.objectContaining({ app: 'storefront' }) }]);
    const retries = await Promise.all([0, 1, 2].map(() => checkout(order.order_id)));
    expect(retries.map((r) => r.razorpay_order_id)).toEqual([first.razorpay_order_id, first.razorpay_order_id, first.razorpay_order_id]);
    expect(fake.orders.length).toBe(before + 1);
    expect(await paymentOf(first.razorpay_order_id)).toMatchObject({ status: 'CREATED', order_id: order.order_id, amount: order.total_amount });

    const r = roles(gw);
    expect((await call(gw, await r.customer('+919800000001'), P.checkout, { o: order.order_id })).errorType).toBe('Unauthorized');
    expect((await call(gw, shop.owner, P.checkout, { o: order.order_id })).errorType).toBe('Unauthorized');
    expect((await call(gw, customer, P.checkout, { o: 'no-such-order' })).errorType).toBe('Unauthorized');
  });

  it('checks the checkout signature before anything moves', async () => {
    const order = await placeUpiOrder();
    const { razorpay_order_id: rzp } = await checkout(order.order_id);
    const input = (signature: string, orderId = rzp) => ({ i: { order_id: order.order_id, razorpay_order_id: orderId, razorpay_payment_id: 'pay_v1', razorpay_signature: signature } });
    expect((await call(gw, customer, P.verify, input(sign('not-the-secret', `${rzp}|pay_v1`)))).errorType).toBe('SignatureInvalid');
    expect((await call(gw, customer, P.verify, input(sign(KEY_SECRET, `${rzp}|pay_v2`)))).errorType).toBe('SignatureInvalid');
    // A valid signature for another Razorpay order does not pay this one.
    expect((await call(gw, customer, P.verify, input(sign(KEY_SECRET, 'order_x|pay_v1'), 'order_x'))).errorType).toBe('SignatureInvalid');
    expect(await paymentOf(rzp)).toMatchObject({ status: 'CREATED' });
    const good = await call(gw, customer, P.verify, input(sign(KEY_SECRET, `${rzp}|pay_v1`)));
    expect(good.data.verifyOrderPayment).toEqual({ payment_id: rzp, status: 'AUTHORIZED', razorpay_payment_id: 'pay_v1' });
    expect(await orderOf(order.order_id)).toMatchObject({ status: 'PENDING_PAYMENT', payment_status: 'PENDING' });
  });

  it('refuses a tampered or unsigned webhook with 401 and writes nothing', async () => {
    const order = await placeUpiOrder();
    const { razorpay_order_id: rzp, amount } = await checkout(order.order_id);
    const body = paymentEvent('payment.captured', rzp, amount);
    const raw = JSON.stringify(body);
    expect((await webhook(body, 'evt_t1', 'forged')).status).toBe(401);
    const tampered = raw.replace(`"amount":${amount}`, `"amount":${amount - 1}`);
    const res = await fetch(new URL('/webhooks/razorpay', gw.url), {
      method: 'POST',
      headers: { 'x-razorpay-signature': sign(WEBHOOK_SECRET, raw), 'x-razorpay-event-id': 'evt_t2' },
      body: tampered,
    });
    expect(res.status).toBe(401);
    expect((await fetch(new URL('/webhooks/razorpay', gw.url), { method: 'POST', headers: { 'x-razorpay-event-id': 'evt_t3' }, body: raw })).status).toBe(401);
    expect(await paymentOf(rzp)).toMatchObject({ status: 'CREATED' });
    expect(await orderOf(order.order_id)).toMatchObject({ status: 'PENDING_PAYMENT' });
  });

  it('ends in the same state whatever the order and repeats of the webhooks, crediting once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const order = await placeUpiOrder();
      const { razorpay_order_id: rzp, amount } = await checkout(order.order_id);
      const events = [
        [paymentEvent('payment.failed', rzp, amount, `pay_f_${rzp}`), `evt_f_${rzp}`],
        [paymentEvent('payment.authorized', rzp, amount), `evt_a_${rzp}`],
        [paymentEvent('payment.captured', rzp, amount), `evt_c_${rzp}`],
        [{ ...paymentEvent('order.paid', rzp, amount), payload: { ...paymentEvent('order.paid', rzp, amount).payload, order: { entity: { id: rzp } } } }, `evt_o_${rzp}`],
      ] as const;
      const deliveries = events.flatMap((e) => [e, e, e]).sort(() => Math.random() - 0.5);
      const answers = [];
      for (const [body, id] of deliveries) answers.push((await webhook(body, id)).body);
      expect(answers.every((a) => a.ok)).toBe(true);
      expect(answers.filter((a) => a.duplicate).length).toBeGreaterThan(0);
      const payment = await paymentOf(rzp);
      expect(payment).toMatchObject({ status: 'CAPTURED', captured_at: expect.any(String) });
      expect(await orderOf(order.order_id)).toMatchObject({ status: 'CONFIRMED', payment_status: 'PAID', status_source: 'payment' });
    }
  });

  it('does not credit a capture of another amount', async () => {
    const order = await placeUpiOrder();
    const { razorpay_order_id: rzp, amount } = await checkout(order.order_id);
    expect((await webhook(paymentEvent('payment.captured', rzp, amount - 100), 'evt_short')).body).toMatchObject({ applied: false });
    expect(await orderOf(order.order_id)).toMatchObject({ status: 'PENDING_PAYMENT' });
  });
});

describe('a UPI order paid live', () => {
  it("confirms the order for the customer's aws-amplify subscription and the owner's", async () => {
    const client = configureAmplify({ url: gw.url, apiKey: gw.auth.apiKey.id, defaultAuth: 'AMAZON_COGNITO_USER_POOLS', token: () => customer });
    const seenByCustomer: string[] = [];
    const errors: unknown[] = [];
    const connection = await watchConnection();
    type Observable = { subscribe(o: { next: (e: { data: Json }) => void; error: (e: unknown) => void }): { unsubscribe(): void } };
    const customerSub = (client.graphql({ query: `subscription { onOrderUpdated { ${ORDER_FIELDS} } }`, authMode: 'userPool' }) as unknown as Observable).subscribe({
      next: (e) => seenByCustomer.push(`${e.data.onOrderUpdated.order_id} ${e.data.onOrderUpdated.status}`),
      error: (e) => errors.push(e),
    });
    const auth = { host: `127.0.0.1:${gw.port}`, Authorization: shop.owner };
    const owner = await openRealtime(gw.realtimeUrl, auth, 'subprotocol', readFileSync(gw.caCertPath!, 'utf8'));
    sockets.push(owner);
    owner.send({ type: 'connection_init' });
    await owner.next((f) => f.type === 'connection_ack');
    owner.send(startFrame('orders', `subscription ($t: ID) { onOrderUpdated(tenant_id: $t) { ${ORDER_FIELDS} } }`, { t: shop.tenantId }, auth));
    expect((await owner.next((f) => f.id === 'orders' && (f.type === 'start_ack' || f.type === 'error'))).type).toBe('start_ack');
    for (let i = 0; i < 200 && !connection.connected() && errors.length === 0; i += 1) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).toEqual([]);

    const order = await placeUpiOrder();
    const { razorpay_order_id: rzp, amount } = await checkout(order.order_id);
    const signature = sign(KEY_SECRET, `${rzp}|pay_live`);
    expect((await call(gw, customer, P.verify, { i: { order_id: order.order_id, razorpay_order_id: rzp, razorpay_payment_id: 'pay_live', razorpay_signature: signature } })).errors).toBeUndefined();
    expect((await webhook(paymentEvent('payment.captured', rzp, amount, 'pay_live'), 'evt_live')).body).toEqual({ ok: true, applied: true });

    const ownerSees = () => owner.frames.filter((f) => f.type === 'data' && f.id === 'orders').map((f) => `${f.payload.data.onOrderUpdated.order_id} ${f.payload.data.onOrderUpdated.status}`);
    const confirmed = `${order.order_id} CONFIRMED`;
    for (let i = 0; i < 200 && !(seenByCustomer.includes(confirmed) && ownerSees().includes(confirmed)); i += 1) await new Promise((r) => setTimeout(r, 25));
    customerSub.unsubscribe();
    connection.stop();
    expect(seenByCustomer.filter((e) => e.startsWith(order.order_id))).toEqual([`${order.order_id} PENDING_PAYMENT`, confirmed]);
    expect(ownerSees().filter((e) => e.startsWith(order.order_id))).toEqual([`${order.order_id} PENDING_PAYMENT`, confirmed]);
  }, 30_000);
});

describe('store refunds', () => {
  it('refunds partly then fully, idempotently by key, for the owner only', async () => {
    const { paymentId } = await capturedOrder();
    const payment = await paymentOf(paymentId);
    const refund = (key: string, amount?: number, token = shop.owner) => call(gw, token, P.refund, { i: { payment_id: paymentId, idempotency_key: key, ...(amount === undefined ? {} : { amount }) } });
    expect((await refund('rf-c', 10, customer)).errorType).toBe('Unauthorized');
    const first = await refund('rf-1', 100.25);
    expect(first.data.refundOrderPayment).toMatchObject({ amount: 100.25, status: 'processed', razorpay_refund_id: expect.stringMatching(/^rfnd_/) });
    expect((await refund('rf-1', 100.25)).data.refundOrderPayment).toEqual(first.data.refundOrderPayment);
    expect(await paymentOf(paymentId)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded_amount: 100.25 });
    const left = Number((payment.amount - 100.25).toFixed(2));
    const tooMuch = await refund('rf-2', left + 0.01);
    expect(tooMuch.errorType).toBe('RefundExceedsCaptured');
    expect(tooMuch.errorInfo).toMatchObject({ left: left.toFixed(2) });
    const rest = await refund('rf-3');
    expect(rest.data.refundOrderPayment.amount).toBe(left);
    expect(await paymentOf(paymentId)).toMatchObject({ status: 'REFUNDED', refunded_amount: payment.amount });
    expect((await refund('rf-4', 1)).errorType).toBe('InvalidTransition');
    const sent = [...fake.refunds.entries()].filter(([key]) => key.startsWith('rf-')).map(([, r]) => r.amount);
    expect(sent).toEqual([10025, Math.round(left * 100)]);
  });

  it('never refunds more than was captured, however many refunds race', async () => {
    const { paymentId } = await capturedOrder();
    const { amount } = await paymentOf(paymentId);
    const each = 50; // amount is above 300: at most floor(amount / 50) of these can pass
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => call(gw, shop.owner, P.refund, { i: { payment_id: paymentId, idempotency_key: `race-${paymentId}-${i}`, amount: each } })),
    );
    const passed = answers.filter((a) => !a.errors).length;
    expect(passed).toBe(Math.floor(amount / each));
    expect(answers.filter((a) => a.errors).every((a) => ['RefundExceedsCaptured', 'ConcurrentModification'].includes(a.errorType!))).toBe(true);
    const after = await paymentOf(paymentId);
    expect(after.refunded_amount).toBe(passed * each);
    expect(after.refunded_amount).toBeLessThanOrEqual(amount);
  }, 30_000);

  it('gives the amount back when Razorpay refuses, and keeps it pending when Razorpay does not answer', async () => {
    const { paymentId } = await capturedOrder();
    const refund = (key: string) => call(gw, shop.owner, P.refund, { i: { payment_id: paymentId, idempotency_key: key, amount: 30 } });
    fake.next.refundFailure = 400;
    expect((await refund('rf-refused')).errorType).toBe('RefundFailed');
    expect(await paymentOf(paymentId)).toMatchObject({ status: 'CAPTURED', refunded_amount: 0, refunds: {} });
    fake.next.refundFailure = 'drop';
    expect((await refund('rf-lost')).errorType).toBe('RefundPending');
    expect(await paymentOf(paymentId)).toMatchObject({ refunded_amount: 30, refunds: { 'rf-lost': { status: 'pending' } } });
    const retried = await refund('rf-lost');
    expect(retried.data.refundOrderPayment).toMatchObject({ status: 'processed', amount: 30 });
    expect(await paymentOf(paymentId)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded_amount: 30 });
  });

  it('applies refund webhooks to the store refund they name', async () => {
    const { paymentId } = await capturedOrder();
    const made = (await call(gw, shop.owner, P.refund, { i: { payment_id: paymentId, idempotency_key: 'rf-hook', amount: 20 } })).data.refundOrderPayment;
    const notes = { app: 'storefront', tenant_id: shop.tenantId, payment_id: paymentId, idempotency_key: 'rf-hook' };
    const failed = await webhook({ event: 'refund.failed', payload: { refund: { entity: { id: made.razorpay_refund_id, status: 'failed', notes } } } }, 'evt_rf_1');
    // The fake answers refunds as processed already: a later failure report does not move a processed refund.
    expect(failed.body).toEqual({ ok: true, applied: false });
    expect((await paymentOf(paymentId)).refunds['rf-hook']).toMatchObject({ status: 'processed', amount: 20 });
  });
});
