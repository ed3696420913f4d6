/**
 * Stripe webhook payloads for the Flow Logic suites, shaped as Stripe sends them to an endpoint on a current API
 * version (billing periods on the subscription items, an invoice's subscription under `parent`), and signed with
 * the official library's test header (Stripe.webhooks.generateTestHeaderString) at a chosen time.
 */
import Stripe from 'stripe';

export const SECRET = 'whsec_test_flowlogic_current_Q7zX';
export const PREVIOUS_SECRET = 'whsec_test_flowlogic_previous';
/** The configured map of the suites (STRIPE_PRICE_TIERS): one price by id, one product by id. */
export const PRICE_TIERS = { price_basic_monthly: 'basic', prod_pro: 'pro' } as const;

type Json = Record<string, unknown>;

export interface SubscriptionState {
  id: string;
  customer: string;
  userId?: string;
  status?: string;
  /** The price: `price_basic_monthly` (map by price), `price_pro_*` (product prod_pro), or `price_plus` (metadata tier proplus). */
  price?: string;
  created?: number;
  periodStart?: number;
  periodEnd?: number;
  cancelAtPeriodEnd?: boolean;
  canceledAt?: number | null;
}

function price(id: string): Json {
  if (id === 'price_plus') return { id, object: 'price', product: 'prod_plus', metadata: { tier: 'proplus' }, lookup_key: null };
  if (id.startsWith('price_pro')) return { id, object: 'price', product: 'prod_pro', metadata: {}, lookup_key: null };
  return { id, object: 'price', product: 'prod_other', metadata: {}, lookup_key: null };
}

export function subscriptionObject(s: SubscriptionState): Json {
  const created = s.created ?? 1_780_000_000;
  const start = s.periodStart ?? created;
  const end = s.periodEnd ?? start + 30 * 86400;
  return {
    id: s.id,
    object: 'subscription',
    customer: s.customer,
    status: s.status ?? 'active',
    created,
    start_date: created,
    cancel_at_period_end: s.cancelAtPeriodEnd ?? false,
    canceled_at: s.canceledAt ?? null,
    ended_at: null,
    metadata: s.userId ? { user_id: s.userId } : {},
    items: {
      object: 'list',
      data: [{ id: `si_${s.id}`, object: 'subscription_item', price: price(s.price ?? 'price_pro_monthly'), quantity: 1, current_period_start: start, current_period_end: end }],
    },
  };
}

export interface StripeEvent {
  id: string;
  object: 'event';
  type: string;
  created: number;
  api_version: string;
  livemode: false;
  data: { object: Json };
}

export const event = (id: string, type: string, created: number, object: Json): StripeEvent => ({
  id, object: 'event', type, created, api_version: '2026-11-18.endive', livemode: false, data: { object },
});

export const subscriptionEvent = (id: string, type: 'created' | 'updated' | 'deleted', created: number, s: SubscriptionState) =>
  event(id, `customer.subscription.${type}`, created, subscriptionObject(s));

export function paymentFailedEvent(id: string, created: number, s: { subscription: string; customer: string; userId?: string }): StripeEvent {
  return event(id, 'invoice.payment_failed', created, {
    id: `in_${id}`,
    object: 'invoice',
    customer: s.customer,
    status: 'open',
    attempt_count: 1,
    billing_reason: 'subscription_cycle',
    parent: { type: 'subscription_details', subscription_details: { subscription: s.subscription, metadata: s.userId ? { user_id: s.userId } : {} }, quote_details: null },
  });
}

/** The raw body and Stripe-Signature of an event, signed with `secret` at `timestamp` (seconds). */
export function signed(e: StripeEvent | string, timestamp: number, secret = SECRET): { rawBody: Buffer; signature: string } {
  const payload = typeof e === 'string' ? e : JSON.stringify(e);
  return { rawBody: Buffer.from(payload), signature: Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }) };
}
