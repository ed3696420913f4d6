/**
 * Razorpay payments of storefront orders, on DynamoDB (webdpro orders and payments). The payment record's key is the
 * Razorpay order id (seed: "Payment/Razorpay order ID"); the order keeps it as `razorpay_order_id`, which is what
 * makes a retried checkout answer the same Razorpay order. Statuses move forward only (payment-states.ts, upper
 * case here as in the seed), each move a condition on the current status, so webhooks repeated or reordered and
 * the checkout verification can race without crediting twice. A capture confirms the order in the same transaction,
 * marked `status_source: "payment"` so the orders stream publishes it (functions/storefront/order-changes.ts).
 */
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BillingError } from '../billing/errors';
import { Money } from '../billing/money';
import { toMinorUnits } from './minor-units';
import { canMove, type PaymentStatus } from './payment-states';
import { createRefund, requireRazorpay, type RazorpayDeps } from './razorpay-client';
import { checkoutSignatureValid } from './signatures';

export interface StoreTables {
  orders: string;
  payments: string;
}

export interface StorePaymentsDeps {
  doc: DynamoDBDocumentClient;
  tables: StoreTables;
  razorpay?: RazorpayDeps;
  now: () => number;
  log: (line: string) => void;
}

type Item = Record<string, unknown>;

interface StoreRefund {
  idempotency_key: string;
  amount: number;
  razorpay_refund_id?: string;
  status: 'pending' | 'created' | 'processed' | 'failed';
  created_at: string;
}

export interface StorePayment extends Item {
  tenant_id: string;
  payment_id: string;
  order_id: string;
  amount: number;
  currency: string;
  status: string;
  razorpay_payment_id?: string;
  refunded_amount?: number;
  refunds?: Record<string, StoreRefund>;
  /** Ids of the Razorpay webhook events applied (a string set). */
  webhook_events?: Set<string>;
}

const CURRENCY = 'INR';
const STATUS_OF: Record<string, PaymentStatus> = {
  CREATED: 'pending', AUTHORIZED: 'authorized', CAPTURED: 'captured', FAILED: 'failed', PARTIALLY_REFUNDED: 'partially_refunded', REFUNDED: 'refunded',
};
/** The seed's upper-case statuses from which `to` is a forward move. */
const sourcesOf = (to: string) => Object.keys(STATUS_OF).filter((from) => canMove(STATUS_OF[from], STATUS_OF[to]));

const conditionFailed = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

async function readPayment(deps: StorePaymentsDeps, tenantId: string, paymentId: string): Promise<StorePayment | undefined> {
  const out = await deps.doc.send(new GetCommand({ TableName: deps.tables.payments, Key: { tenant_id: tenantId, payment_id: paymentId }, ConsistentRead: true }));
  return out.Item as StorePayment | undefined;
}

async function readOrder(deps: StorePaymentsDeps, orderId: string): Promise<Item | undefined> {
  return (await deps.doc.send(new GetCommand({ TableName: deps.tables.orders, Key: { order_id: orderId }, ConsistentRead: true }))).Item;
}

function checkoutOf(deps: StorePaymentsDeps, order: Item, razorpayOrderId: string) {
  return {
    order_id: order.order_id,
    razorpay_order_id: razorpayOrderId,
    amount: toMinorUnits(String(order.total_amount), CURRENCY),
    currency: CURRENCY,
    key_id: requireRazorpay(deps.razorpay).config.keyId,
  };
}

/** The Razorpay order of a PENDING_PAYMENT order (read and authorised by the resolver): the existing one, or a new one. */
export async function createStoreCheckout(deps: StorePaymentsDeps, order: Item) {
  if (order.status !== 'PENDING_PAYMENT' || (order.payment_method !== 'UPI' && order.payment_method !== 'CARD')) {
    throw new BillingError('InvalidTransition', 'only a PENDING_PAYMENT UPI or CARD order is paid through Razorpay', { status: order.status, payment_method: order.payment_method });
  }
  if (typeof order.razorpay_order_id === 'string') return checkoutOf(deps, order, order.razorpay_order_id);
  const { client } = requireRazorpay(deps.razorpay);
  const created = (await client.orders.create({
    amount: toMinorUnits(String(order.total_amount), CURRENCY),
    currency: CURRENCY,
    receipt: String(order.order_id),
    notes: { app: 'storefront', order_id: String(order.order_id), tenant_id: String(order.tenant_id) },
  })) as { id: string };
  const now = new Date(deps.now()).toISOString();
  try {
    await deps.doc.send(new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: deps.tables.orders,
            Key: { order_id: order.order_id },
            UpdateExpression: 'SET razorpay_order_id = :rzp, updated_at = :now',
            ConditionExpression: '#s = :pending AND attribute_not_exists(razorpay_order_id)',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':rzp': created.id, ':now': now, ':pending': 'PENDING_PAYMENT' },
          },
        },
        {
          Put: {
            TableName: deps.tables.payments,
            Item: {
              tenant_id: order.tenant_id, payment_id: created.id, order_id: order.order_id, store_id: order.store_id, amount: order.total_amount,
              currency: CURRENCY, payment_method: order.payment_method, status: 'CREATED', razorpay_order_id: created.id,
              refunded_amount: 0, refunds: {}, created_at: now,
            },
            ConditionExpression: 'attribute_not_exists(payment_id)',
          },
        },
      ],
    }));
    return checkoutOf(deps, order, created.id);
  } catch (error) {
    if ((error as Error).name !== 'TransactionCanceledException') throw error;
    // A concurrent call won (its Razorpay order is the one; ours is never paid and expires), or the order moved on.
    const current = await readOrder(deps, String(order.order_id));
    if (current && typeof current.razorpay_order_id === 'string') return checkoutOf(deps, current, current.razorpay_order_id);
    throw new BillingError('InvalidTransition', 'the order is no longer waiting for payment', { status: current?.status });
  }
}

/** The condition that `to` is a forward move from the stored status (`#s`), and its values. */
function forwardMove(to: string) {
  const sources = sourcesOf(to);
  return {
    sources,
    condition: `#s IN (${sources.map((_, i) => `:from${i}`).join(', ')})`,
    values: Object.fromEntries(sources.map((status, i) => [`:from${i}`, status])),
  };
}

/**
 * Moves a payment to `to` when that is a forward move, recording the payment id of that attempt; false when it is not
 * (a repeat, or a late event of an earlier attempt).
 */
async function movePayment(deps: StorePaymentsDeps, payment: StorePayment, to: string, razorpayPaymentId: string) {
  const forward = forwardMove(to);
  try {
    await deps.doc.send(new UpdateCommand({
      TableName: deps.tables.payments,
      Key: { tenant_id: payment.tenant_id, payment_id: payment.payment_id },
      UpdateExpression: 'SET #s = :to, razorpay_payment_id = :pay',
      ConditionExpression: forward.condition,
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':to': to, ':pay': razorpayPaymentId, ...forward.values },
    }));
    return true;
  } catch (error) {
    if (conditionFailed(error)) return false;
    throw error;
  }
}

/** Checkout's answer, checked before anything moves: a valid signature marks the payment AUTHORIZED. */
export async function verifyStoreCheckout(deps: StorePaymentsDeps, order: Item, input: { razorpay_order_id: string; razorpay_payment_id: string; razorpay_signature: string }) {
  const { config } = requireRazorpay(deps.razorpay);
  if (!checkoutSignatureValid(config.keySecret, input.razorpay_order_id, input.razorpay_payment_id, input.razorpay_signature)) {
    throw new BillingError('SignatureInvalid', 'the checkout signature does not match this order and payment');
  }
  if (order.razorpay_order_id !== input.razorpay_order_id) {
    throw new BillingError('SignatureInvalid', 'the Razorpay order is not the one of this store order');
  }
  const payment = await readPayment(deps, String(order.tenant_id), input.razorpay_order_id);
  if (!payment) throw new BillingError('NotFound', 'no payment for this Razorpay order');
  await movePayment(deps, payment, 'AUTHORIZED', input.razorpay_payment_id);
  return readPayment(deps, payment.tenant_id, payment.payment_id);
}

/** The store payment of a Razorpay order, found through razorpay-order-index (the webhook knows nothing else). */
export async function findStorePayment(deps: StorePaymentsDeps, razorpayOrderId: string): Promise<StorePayment | undefined> {
  const out = await deps.doc.send(new QueryCommand({
    TableName: deps.tables.payments,
    IndexName: 'razorpay-order-index',
    KeyConditionExpression: 'razorpay_order_id = :id',
    ExpressionAttributeValues: { ':id': razorpayOrderId },
    Limit: 1,
  }));
  const key = out.Items?.[0];
  // The index is eventually consistent: the record itself is read strongly.
  return key ? readPayment(deps, String(key.tenant_id), String(key.payment_id)) : undefined;
}

/** Keeps a webhook's event id on the payment record, after its effect: webhooks.ts answers a repeat as a duplicate. */
export async function recordStoreEvent(deps: StorePaymentsDeps, payment: StorePayment, eventId: string) {
  await deps.doc.send(new UpdateCommand({
    TableName: deps.tables.payments,
    Key: { tenant_id: payment.tenant_id, payment_id: payment.payment_id },
    UpdateExpression: 'ADD webhook_events :e',
    ExpressionAttributeValues: { ':e': new Set([eventId]) },
  }));
}

export interface PaymentEvent {
  to: 'AUTHORIZED' | 'CAPTURED' | 'FAILED';
  razorpayPaymentId: string;
  amountMinor: number;
  currency: string;
}

/** A webhook's payment move. A capture also confirms the order, in one transaction; true when anything moved. */
export async function applyStorePaymentEvent(deps: StorePaymentsDeps, payment: StorePayment, event: PaymentEvent): Promise<boolean> {
  if (event.to !== 'CAPTURED') return movePayment(deps, payment, event.to, event.razorpayPaymentId);
  if (event.currency !== payment.currency || event.amountMinor !== toMinorUnits(String(payment.amount), payment.currency)) {
    deps.log(`razorpay capture of ${event.amountMinor} ${event.currency} does not match store payment ${payment.payment_id}; not credited`);
    return false;
  }
  const forward = forwardMove('CAPTURED');
  if (!forward.sources.includes(payment.status)) return false;
  const now = new Date(deps.now()).toISOString();
  const paymentUpdate = {
    TableName: deps.tables.payments,
    Key: { tenant_id: payment.tenant_id, payment_id: payment.payment_id },
    UpdateExpression: 'SET #s = :captured, captured_at = :now, razorpay_payment_id = :pay',
    ConditionExpression: forward.condition,
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':captured': 'CAPTURED', ':now': now, ':pay': event.razorpayPaymentId, ...forward.values },
  };
  const orderUpdate = {
    TableName: deps.tables.orders,
    Key: { order_id: payment.order_id },
    UpdateExpression: 'SET #s = :confirmed, payment_status = :paid, razorpay_payment_id = :pay, status_source = :source, updated_at = :now',
    ConditionExpression: '#s = :pending',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':confirmed': 'CONFIRMED', ':paid': 'PAID', ':pay': event.razorpayPaymentId, ':source': 'payment', ':now': now, ':pending': 'PENDING_PAYMENT' },
  };
  try {
    await deps.doc.send(new TransactWriteCommand({ TransactItems: [{ Update: paymentUpdate }, { Update: orderUpdate }] }));
    return true;
  } catch (error) {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    if (!reasons) throw error;
    if (reasons[0]?.Code === 'ConditionalCheckFailed') return false; // captured already: a repeat
    // The money was taken but the order moved on (cancelled meanwhile): record the capture; it is to be refunded.
    try {
      await deps.doc.send(new UpdateCommand(paymentUpdate));
    } catch (again) {
      if (conditionFailed(again)) return false;
      throw again;
    }
    deps.log(`razorpay capture for store payment ${payment.payment_id}: the order is no longer PENDING_PAYMENT; refund it`);
    return true;
  }
}

const refundAnswer = (payment: StorePayment, refund: StoreRefund) => ({ tenant_id: payment.tenant_id, payment_id: payment.payment_id, ...refund });

/**
 * A refund of `amount` rupees (all that is left when omitted). The amount is reserved on the payment first, with an
 * optimistic condition on `refunded_amount`, so concurrent refunds can never add up to more than was captured; then
 * Razorpay is asked with the idempotency key (a retry after a crash asks again and gets the same refund); a refusal
 * (4xx) gives the reservation back, no answer keeps it pending for the retry.
 */
export async function refundStorePayment(deps: StorePaymentsDeps, tenantId: string, input: { payment_id: string; amount?: number | null; idempotency_key: string }) {
  const { client } = requireRazorpay(deps.razorpay);
  const key = input.idempotency_key;
  if (!/^[\w-]{1,64}$/.test(key)) throw new BillingError('ValidationError', 'idempotency_key is 1 to 64 letters, digits, _ or -');
  let reserved: { payment: StorePayment; refund: StoreRefund } | null = null;
  for (let attempt = 0; attempt < 10 && !reserved; attempt++) {
    const payment = await readPayment(deps, tenantId, input.payment_id);
    if (!payment) throw new BillingError('NotFound', 'no such payment', { payment_id: input.payment_id });
    const known = payment.refunds?.[key];
    if (known && known.status !== 'pending') return refundAnswer(payment, known);
    if (known) {
      reserved = { payment, refund: known };
      break;
    }
    if (payment.status !== 'CAPTURED' && payment.status !== 'PARTIALLY_REFUNDED') {
      throw new BillingError('InvalidTransition', 'only a captured payment is refunded', { from: payment.status, to: 'REFUNDED' });
    }
    const before = new Money(String(payment.refunded_amount ?? 0));
    const left = new Money(String(payment.amount)).minus(before);
    const amount = input.amount == null ? left : new Money(String(input.amount));
    if (amount.lte(0) || amount.gt(left) || !amount.times(100).isInteger()) {
      throw new BillingError('RefundExceedsCaptured', 'a refund is positive, in whole paise, and at most what is left of the capture', { left: left.toFixed(2), requested: amount.toFixed(2) });
    }
    const after = before.plus(amount);
    const refund: StoreRefund = { idempotency_key: key, amount: amount.toNumber(), status: 'pending', created_at: new Date(deps.now()).toISOString() };
    const status = after.equals(String(payment.amount)) ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    // Records written before refunds existed (a super admin's confirmation) have no refunds map yet.
    const first = payment.refunds === undefined;
    try {
      await deps.doc.send(new UpdateCommand({
        TableName: deps.tables.payments,
        Key: { tenant_id: tenantId, payment_id: payment.payment_id },
        UpdateExpression: `SET ${first ? 'refunds = :map' : 'refunds.#k = :r'}, refunded_amount = :after, #s = :status`,
        ConditionExpression: first ? 'attribute_not_exists(refunds)' : 'refunded_amount = :before AND attribute_not_exists(refunds.#k)',
        ExpressionAttributeNames: { '#s': 'status', ...(first ? {} : { '#k': key }) },
        ExpressionAttributeValues: { ':after': after.toNumber(), ':status': status, ...(first ? { ':map': { [key]: refund } } : { ':r': refund, ':before': before.toNumber() }) },
      }));
      reserved = { payment, refund };
    } catch (error) {
      if (!conditionFailed(error)) throw error; // another refund moved refunded_amount: read again
    }
  }
  if (!reserved) throw new BillingError('ConcurrentModification', 'the payment kept changing; try again with the same idempotency key');
  const { payment, refund } = reserved;
  let answer;
  try {
    answer = await createRefund(client, payment.razorpay_payment_id ?? '', toMinorUnits(String(refund.amount), payment.currency), { app: 'storefront', tenant_id: tenantId, payment_id: payment.payment_id, idempotency_key: key }, key);
  } catch (error) {
    // Only a 4xx is Razorpay saying no. Without an answer the refund may exist: the reservation stays, and a retry
    // with the same key asks again and gets Razorpay's answer for that key.
    const status = (error as { statusCode?: number }).statusCode ?? 0;
    if (status < 400 || status >= 500) {
      deps.log(`razorpay did not answer the refund ${key} of store payment ${payment.payment_id}: kept pending`);
      throw new BillingError('RefundPending', 'Razorpay did not answer; retry with the same idempotency key', { idempotency_key: key });
    }
    await releaseRefund(deps, payment, refund);
    deps.log(`razorpay refused the refund ${key} of store payment ${payment.payment_id} (HTTP ${status})`);
    throw new BillingError('RefundFailed', 'Razorpay refused the refund; nothing was refunded');
  }
  const done: StoreRefund = { ...refund, razorpay_refund_id: answer.id, status: answer.status === 'processed' ? 'processed' : 'created' };
  await deps.doc.send(new UpdateCommand({
    TableName: deps.tables.payments,
    Key: { tenant_id: tenantId, payment_id: payment.payment_id },
    UpdateExpression: 'SET refunds.#k = :r',
    ConditionExpression: 'refunds.#k.#st = :pending',
    ExpressionAttributeNames: { '#k': key, '#st': 'status' },
    ExpressionAttributeValues: { ':r': done, ':pending': 'pending' },
  })).catch((error: Error) => {
    if (!conditionFailed(error)) throw error; // a concurrent retry with the same key recorded it
  });
  return refundAnswer(payment, done);
}

/** Gives a refused refund's reservation back (optimistic on refunded_amount, as the reservation). */
async function releaseRefund(deps: StorePaymentsDeps, payment: StorePayment, refund: StoreRefund) {
  for (let attempt = 0; attempt < 10; attempt++) {
    const now = await readPayment(deps, payment.tenant_id, payment.payment_id);
    if (!now || now.refunds?.[refund.idempotency_key]?.status !== 'pending') return;
    const after = new Money(String(now.refunded_amount)).minus(String(refund.amount));
    try {
      await deps.doc.send(new UpdateCommand({
        TableName: deps.tables.payments,
        Key: { tenant_id: payment.tenant_id, payment_id: payment.payment_id },
        UpdateExpression: 'REMOVE refunds.#k SET refunded_amount = :after, #s = :status',
        ConditionExpression: 'refunded_amount = :before AND refunds.#k.#st = :pending',
        ExpressionAttributeNames: { '#k': refund.idempotency_key, '#s': 'status', '#st': 'status' },
        ExpressionAttributeValues: { ':after': after.toNumber(), ':before': now.refunded_amount, ':pending': 'pending', ':status': after.isZero() ? 'CAPTURED' : 'PARTIALLY_REFUNDED' },
      }));
      return;
    } catch (error) {
      if (!conditionFailed(error)) throw error;
    }
  }
}

/** refund.processed / refund.failed for a store refund (its notes name the payment and key); true when it moved. */
export async function applyStoreRefundEvent(deps: StorePaymentsDeps, notes: Record<string, string>, refundId: string, status: 'processed' | 'failed') {
  const { tenant_id: tenantId, payment_id: paymentId, idempotency_key: key } = notes;
  if (!tenantId || !paymentId || !key) return false;
  try {
    await deps.doc.send(new UpdateCommand({
      TableName: deps.tables.payments,
      Key: { tenant_id: tenantId, payment_id: paymentId },
      UpdateExpression: 'SET refunds.#k.#st = :status, refunds.#k.razorpay_refund_id = :id',
      ConditionExpression: 'refunds.#k.#st IN (:pending, :created)',
      ExpressionAttributeNames: { '#k': key, '#st': 'status' },
      ExpressionAttributeValues: { ':status': status, ':id': refundId, ':pending': 'pending', ':created': 'created' },
    }));
  } catch (error) {
    if (conditionFailed(error)) return false;
    throw error;
  }
  if (status === 'failed') deps.log(`razorpay refund ${refundId} of store payment ${paymentId} failed: to be retried by an operator`);
  return true;
}
