/**
 * Razorpay webhooks (POST /webhooks/razorpay locally; a Lambda function URL when deployed). The signature is checked
 * over the raw body with the current or the previous secret; each event id is applied once, in the same transaction
 * as its effect; payment statuses only move forward (payment-states.ts), so `order.paid` and `payment.captured` for
 * one payment credit its invoice once, whichever comes first, and a late `payment.authorized` changes nothing.
 * Store orders' payments (DynamoDB, store-payments.ts) share the endpoint: a payment whose Razorpay order is a store
 * payment record, or a refund whose notes say `app: storefront`, is applied there, the event id kept on the payment
 * record after its effect (a redelivery after a crash re-applies a forward-only move, which changes nothing).
 * https://razorpay.com/docs/webhooks/validate-test/ , https://razorpay.com/docs/webhooks/best-practices/
 */
import type { Database } from '../db/database';
import { toMinorUnits } from './minor-units';
import { advancePayment, lockPaymentByOrder } from './invoice-payments';
import type { PaymentStatus } from './payment-states';
import { webhookSignatureValid } from './signatures';
import { applyStorePaymentEvent, applyStoreRefundEvent, findStorePayment, recordStoreEvent, type StorePaymentsDeps } from './store-payments';

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

interface RefundEntity {
  id: string;
  status?: string;
  notes?: Record<string, string> | [];
}

export interface WebhookDeps {
  /** The billing database (invoice payments and their event log), opened only for an invoice's event. */
  db: () => Promise<Database>;
  /** The storefront tables, when store orders are paid through this Razorpay account. */
  store?: StorePaymentsDeps;
}

const STORE_MOVES = { 'payment.authorized': 'AUTHORIZED', 'payment.captured': 'CAPTURED', 'order.paid': 'CAPTURED', 'payment.failed': 'FAILED' } as const;
const REFUND_OUTCOMES: Record<string, 'processed' | 'failed'> = { 'refund.processed': 'processed', 'refund.failed': 'failed' };

const MOVES: Record<string, PaymentStatus> = {
  'payment.authorized': 'authorized',
  'payment.captured': 'captured',
  'order.paid': 'captured',
  'payment.failed': 'failed',
};

/** The answer when the event is a store order's, or null (an invoice's, or unknown). */
async function storeWebhook(store: StorePaymentsDeps, name: string, eventId: string, payment: PaymentEntity | undefined, refund: RefundEntity | undefined): Promise<WebhookAnswer | null> {
  const to = STORE_MOVES[name as keyof typeof STORE_MOVES];
  if (to && payment) {
    const record = await findStorePayment(store, payment.order_id);
    if (!record) return null;
    if (record.webhook_events?.has(eventId)) return { status: 200, body: { ok: true, duplicate: true } };
    const applied = await applyStorePaymentEvent(store, record, { to, razorpayPaymentId: payment.id, amountMinor: payment.amount, currency: payment.currency });
    await recordStoreEvent(store, record, eventId);
    return { status: 200, body: { ok: true, applied } };
  }
  const notes = refund && !Array.isArray(refund.notes) ? refund.notes : undefined;
  if (refund && notes?.app === 'storefront') {
    const outcome = REFUND_OUTCOMES[name];
    return { status: 200, body: { ok: true, applied: outcome ? await applyStoreRefundEvent(store, notes, refund.id, outcome) : false } };
  }
  return null;
}

export async function handleRazorpayWebhook(deps: WebhookDeps, secrets: string[], request: WebhookRequest, now: Date, log: (line: string) => void = () => undefined): Promise<WebhookAnswer> {
  if (!request.signature || !webhookSignatureValid(secrets, request.rawBody, request.signature)) {
    return { status: 401, body: { ok: false, error: 'invalid signature' } };
  }
  let event: { event?: string; payload?: { payment?: { entity?: PaymentEntity }; refund?: { entity?: RefundEntity } } };
  try {
    event = JSON.parse(request.rawBody.toString('utf8'));
  } catch {
    return { status: 400, body: { ok: false, error: 'body is not JSON' } };
  }
  const eventId = request.eventId;
  const name = event.event;
  if (!eventId || typeof name !== 'string') return { status: 400, body: { ok: false, error: 'missing event id or event' } };
  if (deps.store) {
    const answer = await storeWebhook(deps.store, name, eventId, event.payload?.payment?.entity, event.payload?.refund?.entity);
    if (answer) return answer;
  }

  return (await deps.db()).transaction(async (tx) => {
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
