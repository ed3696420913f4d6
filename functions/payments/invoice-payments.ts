/**
 * Razorpay payments of invoices: the order for a final invoice (one open order per invoice, so a retried creation
 * returns it), checkout verification before anything is marked authorized, capture crediting the invoice exactly
 * once, and refunds never above what was captured.
 */
import type { Database, Queryable } from '../db/database';
import { BillingError } from '../billing/errors';
import { Money, moneyText } from '../billing/money';
import { toGraphql } from '../billing/rows';
import { toMinorUnits } from './minor-units';
import { canMove, type PaymentStatus } from './payment-states';
import { createRefund, type RazorpayClient } from './razorpay-client';
import { checkoutSignatureValid } from './signatures';

interface PaymentRow {
  id: string;
  organisation_id: string;
  invoice_id: string;
  razorpay_order_id: string | null;
  razorpay_payment_id: string | null;
  amount: string;
  currency: string;
  status: PaymentStatus;
  refund_amount: string;
}

export async function createInvoiceOrder(db: Database, rzp: RazorpayClient, invoiceId: string) {
  return db.transaction(async (tx) => {
    // The invoice row lock serialises creations for one invoice: a retry waits, then finds the open order.
    const { rows } = await tx.query<{ id: string; organisation_id: string; status: string; total: string; currency: string }>(
      'SELECT id, organisation_id, status, total, currency FROM invoices WHERE id = $1 FOR UPDATE',
      [invoiceId],
    );
    const invoice = rows[0];
    if (!invoice) throw new BillingError('NotFound', 'no such invoice', { id: invoiceId });
    if (invoice.status !== 'finalized') throw new BillingError('InvalidTransition', 'only a finalized invoice is paid', { from: invoice.status, to: 'paid' });
    const open = await tx.query(`SELECT * FROM payments WHERE invoice_id = $1 AND status IN ('pending', 'authorized')`, [invoiceId]);
    if (open.rows[0]) return toGraphql(open.rows[0]);
    const order = (await rzp.orders.create({
      amount: toMinorUnits(invoice.total, invoice.currency),
      currency: invoice.currency,
      receipt: invoice.id,
      notes: { invoice_id: invoice.id, organisation_id: invoice.organisation_id },
    })) as { id: string };
    const created = await tx.query(
      `INSERT INTO payments (organisation_id, invoice_id, razorpay_order_id, amount, currency) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [invoice.organisation_id, invoice.id, order.id, invoice.total, invoice.currency],
    );
    return toGraphql(created.rows[0]);
  });
}

export async function lockPaymentByOrder(tx: Queryable, orderId: string): Promise<PaymentRow | undefined> {
  return (await tx.query<PaymentRow>('SELECT * FROM payments WHERE razorpay_order_id = $1 ORDER BY created_at DESC LIMIT 1 FOR UPDATE', [orderId])).rows[0];
}

/** Moves a payment forward (no-op when the move is not forward); on capture, credits its invoice once. */
export async function advancePayment(tx: Queryable, payment: PaymentRow, to: PaymentStatus, facts: { paymentId?: string; method?: string; now: Date }) {
  if (!canMove(payment.status, to)) return false;
  await tx.query(
    `UPDATE payments SET status = $2::varchar, razorpay_payment_id = COALESCE(razorpay_payment_id, $3), payment_method = COALESCE(payment_method, $4),
            paid_at = CASE WHEN $2::varchar = 'captured' THEN $5::timestamptz ELSE paid_at END,
            reconciled_at = CASE WHEN $2::varchar = 'captured' THEN $5::timestamptz ELSE reconciled_at END
      WHERE id = $1`,
    [payment.id, to, facts.paymentId ?? null, facts.method ?? null, facts.now],
  );
  if (to === 'captured') {
    await tx.query(`UPDATE invoices SET status = 'paid', paid_at = $2 WHERE id = $1 AND status = 'finalized'`, [payment.invoice_id, facts.now]);
  }
  return true;
}

export async function verifyCheckout(db: Database, keySecret: string, input: { razorpay_order_id: string; razorpay_payment_id: string; razorpay_signature: string }, now: Date) {
  if (!checkoutSignatureValid(keySecret, input.razorpay_order_id, input.razorpay_payment_id, input.razorpay_signature)) {
    throw new BillingError('SignatureInvalid', 'the checkout signature does not match this order and payment');
  }
  return db.transaction(async (tx) => {
    const payment = await lockPaymentByOrder(tx, input.razorpay_order_id);
    if (!payment) throw new BillingError('NotFound', 'no payment for this Razorpay order', { razorpay_order_id: input.razorpay_order_id });
    await advancePayment(tx, payment, 'authorized', { paymentId: input.razorpay_payment_id, now });
    return toGraphql((await tx.query('SELECT * FROM payments WHERE id = $1', [payment.id])).rows[0]);
  });
}

/** A refund of `amount` (all that is left when omitted), at most what was captured and not yet refunded. */
export async function refundPayment(db: Database, rzp: RazorpayClient, input: { payment_id: string; amount?: string | null; idempotency_key: string }, now: Date) {
  return db.transaction(async (tx) => {
    const known = await tx.query('SELECT * FROM payment_refunds WHERE idempotency_key = $1', [input.idempotency_key]);
    if (known.rows[0]) return toGraphql(known.rows[0]);
    const payment = (await tx.query<PaymentRow>('SELECT * FROM payments WHERE id = $1 FOR UPDATE', [input.payment_id])).rows[0];
    if (!payment) throw new BillingError('NotFound', 'no such payment', { id: input.payment_id });
    if (payment.status !== 'captured' && payment.status !== 'partially_refunded') {
      throw new BillingError('InvalidTransition', 'only a captured payment is refunded', { from: payment.status, to: 'refunded' });
    }
    const left = new Money(payment.amount).minus(payment.refund_amount);
    const amount = input.amount ? new Money(input.amount) : left;
    if (amount.lte(0) || amount.gt(left)) {
      throw new BillingError('RefundExceedsCaptured', 'a refund is positive and at most what is left of the capture', {
        left: moneyText(left, payment.currency),
        requested: moneyText(amount, payment.currency),
      });
    }
    const refund = await createRefund(rzp, payment.razorpay_payment_id ?? '', toMinorUnits(moneyText(amount, payment.currency), payment.currency), { payment_id: payment.id }, input.idempotency_key);
    const refunded = new Money(payment.refund_amount).plus(amount);
    const full = refunded.equals(payment.amount);
    await tx.query(
      `UPDATE payments SET refund_amount = $2, refunded_at = $3, status = $4 WHERE id = $1`,
      [payment.id, moneyText(refunded, payment.currency), now, full ? 'refunded' : 'partially_refunded'],
    );
    if (full) await tx.query(`UPDATE invoices SET status = 'refunded' WHERE id = $1 AND status = 'paid'`, [payment.invoice_id]);
    const row = await tx.query(
      `INSERT INTO payment_refunds (payment_id, idempotency_key, razorpay_refund_id, amount, status) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [payment.id, input.idempotency_key, refund.id, moneyText(amount, payment.currency), refund.status === 'processed' ? 'processed' : 'created'],
    );
    return toGraphql(row.rows[0]);
  });
}
