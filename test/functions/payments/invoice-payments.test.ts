// Razorpay for invoices end to end: the official client against a fake Razorpay on loopback, signed checkout
// results and webhook fixtures posted to the local gateway's /webhooks/razorpay, on PGlite and the real server.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { backends, createTestDatabase, type TestDatabase } from '../support/databases';
import { call, event, meteredOrganisation, operators, Q, record } from '../billing/billing-api';
import { startFakeRazorpay, type FakeRazorpay } from './fake-razorpay';

const KEY_ID = 'rzp_test_fixture';
const KEY_SECRET = 'fixture-key-secret';
const [NEW_SECRET, OLD_SECRET] = ['whsec-current', 'whsec-previous'];
const DAY_MS = 86_400_000;

const P = {
  order: 'mutation ($i: ID!) { createInvoicePaymentOrder(invoice_id: $i) { id razorpay_order_id amount currency status } }',
  verify: 'mutation ($i: VerifyInvoicePaymentInput!) { verifyInvoicePayment(input: $i) { id status razorpay_payment_id } }',
  refund: 'mutation ($i: RefundInvoicePaymentInput!) { refundInvoicePayment(input: $i) { id amount razorpay_refund_id status } }',
  invoice: 'query ($id: ID!) { billingInvoice(id: $id) { id status total paid_at } }',
};

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('hex');

describe.each(backends)('invoice payments on $name', ({ name, available }) => {
  let gw: RepoGateway;
  let database: TestDatabase;
  let fake: FakeRazorpay;
  let ops: Awaited<ReturnType<typeof operators>>;
  let invoiceId: string;

  beforeAll(async () => {
    if (!available) return;
    fake = await startFakeRazorpay(KEY_ID, KEY_SECRET);
    database = await createTestDatabase(name);
    gw = await startRepoGateway({
      // The webhook endpoint looks for a store payment first: the storefront tables exist wherever it runs.
      apps: ['billing', 'storefront'],
      billing: { databaseUrl: database.url, razorpay: { keyId: KEY_ID, keySecret: KEY_SECRET, webhookSecrets: [NEW_SECRET, OLD_SECRET], hostUrl: fake.url } },
    });
    ops = await operators(gw);
    const metered = await meteredOrganisation(gw, ops.admin);
    const now = new Date();
    await record(gw, metered.apiKey, [event('pay-1', '100000', now)]); // × 0.0004 = 40.00 INR
    await call(gw, ops.operator, Q.flush);
    await call(gw, ops.operator, Q.generate, { m: now.getUTCMonth() + 1, y: now.getUTCFullYear() });
    gw.clock.offsetMs = 40 * DAY_MS;
    const listed = await call(gw, ops.viewer, Q.invoices, { o: metered.organisationId });
    invoiceId = listed.data.billingInvoices.items[0].id;
    expect((await call(gw, ops.operator, Q.finalize, { id: invoiceId })).errors).toBeUndefined();
  }, 120_000);
  afterAll(async () => {
    await gw?.close();
    await database?.drop();
    await fake?.close();
  });

  async function webhook(body: object, eventId: string, secret = NEW_SECRET) {
    const raw = JSON.stringify(body);
    const res = await fetch(new URL('/webhooks/razorpay', gw.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-razorpay-signature': sign(secret, raw), 'x-razorpay-event-id': eventId },
      body: raw,
    });
    return { status: res.status, body: (await res.json()) as { ok: boolean; duplicate?: boolean; applied?: boolean } };
  }

  it.skipIf(!available)('opens one Razorpay order per invoice, in paise, whatever the retries', async () => {
    const answers = await Promise.all([0, 1, 2].map(() => call(gw, ops.operator, P.order, { i: invoiceId })));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data.createInvoicePaymentOrder.razorpay_order_id)).size).toBe(1);
    expect(fake.orders).toEqual([{ amount: 4000, currency: 'INR', receipt: invoiceId, notes: expect.any(Object) }]);
  });

  it.skipIf(!available)('marks nothing before the checkout signature checks out', async () => {
    const order = (await call(gw, ops.operator, P.order, { i: invoiceId })).data.createInvoicePaymentOrder.razorpay_order_id;
    const forged = await call(gw, ops.operator, P.verify, { i: { razorpay_order_id: order, razorpay_payment_id: 'pay_1', razorpay_signature: sign('wrong', `${order}|pay_1`) } });
    expect(forged.errorType).toBe('SignatureInvalid');
    expect((await call(gw, ops.operator, P.order, { i: invoiceId })).data.createInvoicePaymentOrder.status).toBe('pending');
    const good = await call(gw, ops.operator, P.verify, { i: { razorpay_order_id: order, razorpay_payment_id: 'pay_1', razorpay_signature: sign(KEY_SECRET, `${order}|pay_1`) } });
    expect(good.data.verifyInvoicePayment).toMatchObject({ status: 'authorized', razorpay_payment_id: 'pay_1' });
  });

  it.skipIf(!available)('applies webhooks once, forward only, with either secret while rotating, and credits the invoice once', async () => {
    const order = 'order_1';
    const payment = { id: 'pay_1', order_id: order, amount: 4000, currency: 'INR', method: 'upi' };
    expect((await webhook({ event: 'payment.captured', payload: { payment: { entity: payment } } }, 'evt_x', 'forged-secret')).status).toBe(401);
    const captured = await webhook({ event: 'payment.captured', payload: { payment: { entity: payment } } }, 'evt_1', OLD_SECRET);
    expect(captured).toEqual({ status: 200, body: { ok: true, applied: true } });
    expect((await webhook({ event: 'payment.captured', payload: { payment: { entity: payment } } }, 'evt_1')).body).toMatchObject({ duplicate: true });
    expect((await webhook({ event: 'order.paid', payload: { payment: { entity: payment }, order: { entity: { id: order } } } }, 'evt_2')).body).toMatchObject({ applied: false });
    expect((await webhook({ event: 'payment.authorized', payload: { payment: { entity: payment } } }, 'evt_3')).body).toMatchObject({ applied: false });
    const invoice = await call(gw, ops.viewer, P.invoice, { id: invoiceId });
    expect(invoice.data.billingInvoice).toMatchObject({ status: 'paid', paid_at: expect.any(String) });
    const db = await gw.billing.database();
    const { rows } = await db.query<{ status: string; reconciled_at: Date | null }>('SELECT status, reconciled_at FROM payments WHERE invoice_id = $1', [invoiceId]);
    expect(rows).toEqual([{ status: 'captured', reconciled_at: expect.any(Date) }]);
  });

  it.skipIf(!available)('refunds partially then fully, never more than captured, idempotently by key', async () => {
    const db = await gw.billing.database();
    const paymentId = (await db.query<{ id: string }>('SELECT id FROM payments WHERE invoice_id = $1', [invoiceId])).rows[0].id;
    const first = await call(gw, ops.admin, P.refund, { i: { payment_id: paymentId, amount: '15.50', idempotency_key: 'rf-1' } });
    expect(first.data.refundInvoicePayment).toMatchObject({ amount: '15.50', razorpay_refund_id: 'rfnd_1' });
    const again = await call(gw, ops.admin, P.refund, { i: { payment_id: paymentId, amount: '15.50', idempotency_key: 'rf-1' } });
    expect(again.data.refundInvoicePayment.id).toBe(first.data.refundInvoicePayment.id);
    const status = async () => (await db.query<{ status: string; refund_amount: string }>('SELECT status, refund_amount FROM payments WHERE id = $1', [paymentId])).rows[0];
    expect(await status()).toEqual({ status: 'partially_refunded', refund_amount: '15.50' });
    const tooMuch = await call(gw, ops.admin, P.refund, { i: { payment_id: paymentId, amount: '24.51', idempotency_key: 'rf-2' } });
    expect(tooMuch.errors?.[0]).toMatchObject({ errorType: 'RefundExceedsCaptured', errorInfo: { left: '24.50', requested: '24.51' } });
    expect((await call(gw, ops.operator, P.refund, { i: { payment_id: paymentId, idempotency_key: 'rf-3' } })).errorType).toBe('Unauthorized');
    const rest = await call(gw, ops.admin, P.refund, { i: { payment_id: paymentId, idempotency_key: 'rf-3' } });
    expect(rest.data.refundInvoicePayment.amount).toBe('24.50');
    expect(await status()).toEqual({ status: 'refunded', refund_amount: '40.00' });
    expect((await call(gw, ops.viewer, P.invoice, { id: invoiceId })).data.billingInvoice.status).toBe('refunded');
    expect([...fake.refunds.values()].map((r) => r.amount)).toEqual([1550, 2450]);
  });
});
