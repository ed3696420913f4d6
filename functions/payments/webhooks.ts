/**
 * Razorpay webhooks (POST /webhooks/razorpay locally; a Lambda function URL when deployed). The signature is checked
 * over the raw body with the current or the previous secret; each event id is applied once, in the same transaction
 * as its effect; payment statuses only move forward (payment-states.ts), so `order.paid` and `payment.captured` for
 * one payment credit its invoice once, whichever comes first, and a late `payment.authorized` changes nothing.
 * https://razorpay.com/docs/webhooks/validate-test/ , https://razorpay.com/docs/webhooks/best-practices/
 */
import type { Database } from '../db/database';
import { toMinorUnits } from './minor-units';
import { advancePayment, lockPaymentByOrder } from './invoice-payments';
import type { PaymentStatus } from './payment-states';
import { webhookSignatureValid } from './signatures';

export interface WebhookRequest {
  rawBody: Buffer;
  signature: string | undefined;
  eventId: string | undefined;
}

export interface WebhookAnswer {
  status: number;
  body: { ok: boolean; duplicate?: boolean; applied?: boolean; error?: string };
}

interface PaymentEntity {
  id: string;
  order_id: string;
  amount: number;
  currency: string;
  method?: string;
}

const MOVES: Record<string, PaymentStatus> = {
  'payment.authorized': 'authorized',
  'payment.captured': 'captured',
  'order.paid': 'captured',
  'payment.failed': 'failed',
};

export async function handleRazorpayWebhook(db: Database, secrets: string[], request: WebhookRequest, now: Date, log: (line: string) => void = () => undefined): Promise<WebhookAnswer> {
  if (!request.signature || !webhookSignatureValid(secrets, request.rawBody, request.signature)) {
    return { status: 401, body: { ok: false, error: 'invalid signature' } };
  }
  let event: { event?: string; payload?: { payment?: { entity?: PaymentEntity }; refund?: { entity?: { id: string; status?: string } } } };
  try {
    event = JSON.parse(request.rawBody.toString('utf8'));
  } catch {
    return { status: 400, body: { ok: false, error: 'body is not JSON' } };
  }
  const eventId = request.eventId;
  const name = event.event;
  if (!eventId || typeof name !== 'string') return { status: 400, body: { ok: false, error: 'missing event id or event' } };

  return db.transaction(async (tx) => {
    const fresh = await tx.query('INSERT INTO razorpay_webhook_events (event_id, event) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id', [eventId, name]);
    if (fresh.rowCount === 0) return { status: 200, body: { ok: true, duplicate: true } };
    const to = MOVES[name];
    const entity = event.payload?.payment?.entity;
    if (to && entity) {
      const payment = await lockPaymentByOrder(tx, entity.order_id);
      if (!payment) {
        log(`razorpay ${name}: no payment for order ${entity.order_id}`);
        return { status: 200, body: { ok: true, applied: false } };
      }
      if (to === 'captured' && (entity.currency !== payment.currency || entity.amount !== toMinorUnits(payment.amount, payment.currency))) {
        log(`razorpay ${name}: amount ${entity.amount} ${entity.currency} does not match payment ${payment.id}; not credited`);
        return { status: 200, body: { ok: true, applied: false } };
      }
      const applied = await advancePayment(tx, payment, to, { paymentId: entity.id, method: entity.method, now });
      return { status: 200, body: { ok: true, applied } };
    }
    const refund = event.payload?.refund?.entity;
    if (refund && name.startsWith('refund.')) {
      const status = name === 'refund.processed' ? 'processed' : name === 'refund.failed' ? 'failed' : null;
      const updated = status ? await tx.query('UPDATE payment_refunds SET status = $2 WHERE razorpay_refund_id = $1 AND status = $3', [refund.id, status, 'created']) : { rowCount: 0 };
      if (status === 'failed' && updated.rowCount > 0) log(`razorpay refund ${refund.id} failed: to be retried by an operator`);
      return { status: 200, body: { ok: true, applied: updated.rowCount > 0 } };
    }
    return { status: 200, body: { ok: true, applied: false } };
  });
}
