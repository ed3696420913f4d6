// Webhooks delivered three times each, in any order, end in the state of one in-order delivery, and racing refunds
// never exceed the capture; on PGlite and the real server.
import { createHmac, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInvoices } from '../../../functions/billing/invoices/generate';
import { finalizeInvoice } from '../../../functions/billing/invoices/lifecycle';
import { handleRazorpayWebhook } from '../../../functions/payments/webhooks';
import { refundPayment } from '../../../functions/payments/invoice-payments';
import { razorpayClient } from '../../../functions/payments/razorpay-client';
import { startFakeRazorpay } from './fake-razorpay';
import { backends } from '../support/databases';
import { billingFixture, newOrganisation, type BillingFixture } from '../billing/billing-fixture';

const SECRET = 'whsec-prop';
const AFTER_CLOSE = new Date(Date.UTC(2031, 0, 1));

describe.each(backends)('Razorpay webhooks on $name', ({ name, available }) => {
  let fx: BillingFixture;
  beforeAll(async () => {
    if (available) fx = await billingFixture(name);
  }, 60_000);
  afterAll(async () => fx?.close());

  /** A finalized invoice of 40.00 INR with its pending Razorpay payment. */
  async function payableInvoice(orderId: string) {
    const { organisationId, projectId } = await newOrganisation(fx.db);
    await fx.db.query(
      `INSERT INTO usage_aggregates (organisation_id, project_id, metric_name, unit, month, year, total_value, event_count) VALUES ($1, $2, 'api_calls', 'requests', 2, 2030, 100000, 1)`,
      [organisationId, projectId],
    );
    await generateInvoices(fx.db, { month: 2, year: 2030, now: AFTER_CLOSE });
    const { rows } = await fx.db.query<{ id: string }>('SELECT id FROM invoices WHERE organisation_id = $1', [organisationId]);
    await fx.db.transaction((tx) => finalizeInvoice(tx, rows[0].id, AFTER_CLOSE));
    await fx.db.query(`INSERT INTO payments (organisation_id, invoice_id, razorpay_order_id, amount, currency) VALUES ($1, $2, $3, '40.00', 'INR')`, [organisationId, rows[0].id, orderId]);
    return rows[0].id;
  }

  const state = async (invoiceId: string) =>
    (await fx.db.query(`SELECT p.status, p.razorpay_payment_id, i.status AS invoice_status, (i.paid_at IS NOT NULL) AS paid FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.invoice_id = $1`, [invoiceId])).rows;

  function deliveries(orderId: string) {
    const payment = { id: `pay_${orderId}`, order_id: orderId, amount: 4000, currency: 'INR', method: 'upi' };
    return ['payment.failed', 'payment.authorized', 'payment.captured', 'order.paid'].map((event, i) => ({
      id: `evt_${orderId}_${i}`,
      raw: JSON.stringify({ event, payload: { payment: { entity: payment } } }),
    }));
  }

  const deliver = (d: { id: string; raw: string }) =>
    handleRazorpayWebhook({ db: async () => fx.db }, [SECRET], { rawBody: Buffer.from(d.raw), signature: createHmac('sha256', SECRET).update(d.raw).digest('hex'), eventId: d.id }, AFTER_CLOSE);

  it.skipIf(!available)('ends in the same state whatever the order and the repetitions', async () => {
    const inOrder = `order_${randomUUID().slice(0, 8)}`;
    const reference = await payableInvoice(inOrder);
    for (const d of deliveries(inOrder)) await deliver(d);
    const expected = (await state(reference)).map((r) => ({ ...r, razorpay_payment_id: 'pay' }));
    expect(expected).toEqual([{ status: 'captured', razorpay_payment_id: 'pay', invoice_status: 'paid', paid: true }]);

    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(1000), { minLength: 12, maxLength: 12 }), async (order) => {
        const orderId = `order_${randomUUID().slice(0, 8)}`;
        const invoiceId = await payableInvoice(orderId);
        const each = deliveries(orderId);
        // Each event three times, shuffled by random sort keys.
        const thrice = [...each, ...each, ...each].map((d, i) => ({ d, k: order[i] })).sort((a, b) => a.k - b.k).map((x) => x.d);
        for (const d of thrice) await deliver(d);
        expect((await state(invoiceId)).map((r) => ({ ...r, razorpay_payment_id: 'pay' }))).toEqual(expected);
      }),
      { numRuns: name === 'pglite' ? 15 : 20 },
    );
  }, 120_000);

  it.skipIf(!available)('never refunds more than was captured, however many refunds race', async () => {
    const fake = await startFakeRazorpay('k', 's');
    try {
      const orderId = `order_${randomUUID().slice(0, 8)}`;
      const invoiceId = await payableInvoice(orderId);
      for (const d of deliveries(orderId)) await deliver(d);
      const { rows } = await fx.db.query<{ id: string }>('SELECT id FROM payments WHERE invoice_id = $1', [invoiceId]);
      const rzp = razorpayClient({ keyId: 'k', keySecret: 's', webhookSecrets: [], hostUrl: fake.url });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) => refundPayment(fx.db, rzp, { payment_id: rows[0].id, amount: '10.00', idempotency_key: `race-${orderId}-${i}` }, AFTER_CLOSE)),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(4);
      // Refused: over what is left, or nothing left at all (the payment is fully refunded).
      for (const o of outcomes.filter((x) => x.status === 'rejected')) expect(['RefundExceedsCaptured', 'InvalidTransition']).toContain((o as PromiseRejectedResult).reason.errorType);
      expect((await fx.db.query('SELECT status, refund_amount FROM payments WHERE id = $1', [rows[0].id])).rows).toEqual([{ status: 'refunded', refund_amount: '40.00' }]);
    } finally {
      await fake.close();
    }
  });
});
