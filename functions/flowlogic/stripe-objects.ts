/**
 * Reads what the Flow Logic sync needs from Stripe's webhook payloads, for the API versions before and after Stripe
 * moved fields in 2025-03-31 ("basil"): billing periods from the subscription to its items
 * (https://docs.stripe.com/changelog/basil/2025-03-31/deprecate-subscription-current-period-start-and-end) and an
 * invoice's subscription to `parent.subscription_details`
 * (https://docs.stripe.com/changelog/basil/2025-03-31/adds-new-parent-field-to-invoicing-objects). A webhook
 * endpoint receives the shape of its own API version, so both are read.
 *
 * The Flow Logic user of a subscription is its metadata `user_id`, which the checkout sets
 * (`subscription_data[metadata][user_id]`); an invoice carries a snapshot of that metadata.
 */
import type { PaidTier, PriceTiers } from './stripe-tiers';
import { higherTier, tierOfPrice } from './stripe-tiers';
import { iso, SNAPSHOT_RANK, snapshotVersion, type SubscriptionSnapshot } from './stripe-subscription-state';

type Json = Record<string, unknown>;

/** The fields of a Stripe event the sync reads. */
export interface StripeEventEnvelope {
  id: string;
  type: string;
  created: number;
  object: Json;
}

export class StripePayloadError extends Error {
  constructor(
    readonly kind: 'malformed' | 'no-tier',
    message: string,
  ) {
    super(message);
  }
}

const object = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const idOf = (value: unknown): string | undefined => {
  const id = typeof value === 'string' ? value : object(value)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};
const seconds = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);

/** The envelope of a verified event, or a StripePayloadError. */
export function envelopeOf(event: unknown): StripeEventEnvelope {
  const e = object(event);
  const data = object(e?.data);
  const inner = object(data?.object);
  const created = seconds(e?.created);
  if (!e || typeof e.id !== 'string' || typeof e.type !== 'string' || created === undefined || !inner) {
    throw new StripePayloadError('malformed', 'not a Stripe event (id, type, created, data.object)');
  }
  return { id: e.id, type: e.type, created, object: inner };
}

export const userIdOfMetadata = (metadata: unknown): string | undefined => {
  const id = object(metadata)?.user_id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
};

/** The snapshot a customer.subscription.* event carries. */
export function subscriptionSnapshot(event: StripeEventEnvelope, tiers: PriceTiers): SubscriptionSnapshot {
  const sub = event.object;
  const id = idOf(sub);
  const customer = idOf(sub.customer);
  const created = seconds(sub.created);
  if (sub.object !== 'subscription' || !id || !customer || typeof sub.status !== 'string' || created === undefined) {
    throw new StripePayloadError('malformed', `event ${event.id}: not a subscription (id, customer, status, created)`);
  }
  const items = (object(sub.items)?.data as unknown[] | undefined) ?? [];
  // The item that buys the highest tier gives the billing period (items may bill on different cycles).
  let chosen: { tier: PaidTier; item: Json } | null = null;
  for (const entry of Array.isArray(items) ? items : []) {
    const item = object(entry);
    const tier = item ? tierOfPrice(item.price, tiers) : null;
    if (item && tier && (!chosen || higherTier(chosen.tier, tier) !== chosen.tier)) chosen = { tier, item };
  }
  if (!chosen) {
    const prices = (Array.isArray(items) ? items : []).map((i) => idOf(object(i)?.price) ?? '?').join(', ') || 'none';
    throw new StripePayloadError('no-tier', `subscription ${id}: no tier for its prices (${prices}); set STRIPE_PRICE_TIERS or price metadata "tier"`);
  }
  const start = seconds(chosen.item.current_period_start) ?? seconds(sub.current_period_start);
  const end = seconds(chosen.item.current_period_end) ?? seconds(sub.current_period_end);
  if (start === undefined || end === undefined) throw new StripePayloadError('malformed', `subscription ${id}: no current period`);
  const canceledAt = seconds(sub.canceled_at);
  return {
    subscription_id: id,
    stripe_customer_id: customer,
    tier: chosen.tier,
    // A deleted subscription is over, whatever status its last snapshot shows (Stripe sends `canceled`).
    stripe_status: event.type === 'customer.subscription.deleted' ? 'canceled' : sub.status,
    current_period_start: iso(start),
    current_period_end: iso(end),
    cancel_at_period_end: sub.cancel_at_period_end === true,
    ...(canceledAt ? { canceled_at: iso(canceledAt) } : {}),
    created_at: iso(created),
    version: snapshotVersion(event.created, SNAPSHOT_RANK[event.type] ?? 0, event.id),
  };
}

/** The subscription an invoice bills, or null for an invoice of no subscription (a one-off invoice). */
export function invoiceSubscription(event: StripeEventEnvelope): { subscriptionId: string; customerId?: string; userId?: string } | null {
  const invoice = event.object;
  if (invoice.object !== 'invoice') throw new StripePayloadError('malformed', `event ${event.id}: not an invoice`);
  const details = object(object(invoice.parent)?.subscription_details) ?? object(invoice.subscription_details);
  const subscriptionId = idOf(details?.subscription) ?? idOf(invoice.subscription);
  if (!subscriptionId) return null;
  return { subscriptionId, customerId: idOf(invoice.customer), userId: userIdOfMetadata(details?.metadata) };
}
