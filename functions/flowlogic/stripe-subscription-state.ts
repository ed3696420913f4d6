/**
 * The stored state of one Stripe subscription (a row of flowlogic-{stage}-subscriptions) as a pure function of the
 * events applied to it, so that any delivery order, with any repetitions, ends in the same row.
 *
 * Terms:
 * - version: the order of events, `<event.created, 12 digits>#<rank>#<event id>`, compared as strings. Stripe stamps
 *   `created` in whole seconds and several events share a second, so the rank (created 1 < updated 2 < deleted 3)
 *   and then the event id break ties: arbitrary for two updates of one second, but the same for every delivery.
 * - snapshot: what the latest subscription event (created/updated/deleted) says about the subscription, kept in the
 *   row's seed attributes plus `stripe_status` (Stripe's own status) and `stripe_version`. The kept snapshot is the
 *   greatest by (canceled, version): Stripe's `canceled` is terminal, so a canceled snapshot is never replaced by a
 *   live one, whatever their versions; a late `updated` cannot resurrect a deleted subscription.
 * - payment failure: the latest `invoice.payment_failed` of the subscription, kept as `stripe_payment_failed_version`.
 *   It is recorded even when older than the snapshot (it then changes no seed attribute), so that the row does not
 *   depend on which of the two arrived first.
 * - derived: `status` (the seed's active | canceled | past_due | expired) and `updated_at` (the time of the newest
 *   event applied, never the wall clock, for the same reason).
 * Events: https://docs.stripe.com/api/events/object , ordering: https://docs.stripe.com/webhooks#event-ordering
 */
import type { PaidTier } from './stripe-tiers';

type Row = Record<string, unknown>;

/** What a subscription event says, with its version. */
export interface SubscriptionSnapshot {
  subscription_id: string;
  stripe_customer_id: string;
  tier: PaidTier;
  stripe_status: string;
  current_period_start: string;
  current_period_end: string;
  cancel_at_period_end: boolean;
  canceled_at?: string;
  created_at: string;
  version: string;
}

export type MergeOutcome = 'applied' | 'duplicate' | 'stale';

export interface Merge {
  outcome: MergeOutcome;
  /** The row to store; null unless applied. */
  row: Row | null;
}

export const SNAPSHOT_RANK: Readonly<Record<string, number>> = {
  'customer.subscription.created': 1,
  'customer.subscription.updated': 2,
  'customer.subscription.deleted': 3,
};

export const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** The version of a snapshot event. */
export const snapshotVersion = (created: number, rank: number, eventId: string) => `${String(created).padStart(12, '0')}#${rank}#${eventId}`;
/** The version of a payment failure. */
export const failureVersion = (created: number, eventId: string) => `${String(created).padStart(12, '0')}#${eventId}`;
/** The event time (seconds) a version starts with; 0 for the empty version of a row written before the webhook. */
const secondsOf = (version: string) => Number(version.slice(0, 12)) || 0;

/** Stripe status -> the seed's status. Unpaid and incomplete owe a payment; paused and incomplete_expired run no more. */
const SEED_STATUS: Readonly<Record<string, string>> = {
  active: 'active',
  trialing: 'active',
  past_due: 'past_due',
  unpaid: 'past_due',
  incomplete: 'past_due',
  canceled: 'canceled',
  incomplete_expired: 'expired',
  paused: 'expired',
};
/** A status Stripe adds later runs nothing until this table knows it. */
export const seedStatusOf = (stripeStatus: string) => SEED_STATUS[stripeStatus] ?? 'expired';

/** The row of `userId`'s subscription from its snapshot and its latest payment failure (a version, or null). */
export function subscriptionRow(userId: string, snapshot: SubscriptionSnapshot, failure: string | null): Row {
  const snapshotAt = secondsOf(snapshot.version);
  const failureAt = failure ? secondsOf(failure) : 0;
  // A failure at least as new as the snapshot makes a running subscription past_due, until a newer snapshot says more.
  const failed = failure !== null && failureAt >= snapshotAt && (snapshot.stripe_status === 'active' || snapshot.stripe_status === 'trialing');
  const { version, canceled_at, ...seed } = snapshot;
  return {
    user_id: userId,
    ...seed,
    status: failed ? 'past_due' : seedStatusOf(snapshot.stripe_status),
    ...(canceled_at ? { canceled_at } : {}),
    updated_at: iso(Math.max(snapshotAt, failureAt)),
    stripe_version: version,
    ...(failure ? { stripe_payment_failed_version: failure } : {}),
  };
}

const REVERSE_STATUS: Readonly<Record<string, string>> = { active: 'active', past_due: 'past_due', canceled: 'canceled', expired: 'incomplete_expired' };

/** The snapshot a stored row holds. A row written before the webhook has the empty version, older than any event. */
export function storedSnapshot(row: Row): SubscriptionSnapshot {
  const text = (name: string) => (typeof row[name] === 'string' ? (row[name] as string) : '');
  return {
    subscription_id: text('subscription_id'),
    stripe_customer_id: text('stripe_customer_id'),
    tier: row.tier as PaidTier,
    stripe_status: text('stripe_status') || REVERSE_STATUS[text('status')] || 'incomplete_expired',
    current_period_start: text('current_period_start'),
    current_period_end: text('current_period_end'),
    cancel_at_period_end: row.cancel_at_period_end === true,
    ...(text('canceled_at') ? { canceled_at: text('canceled_at') } : {}),
    created_at: text('created_at'),
    version: text('stripe_version'),
  };
}

const storedFailure = (row: Row) => (typeof row.stripe_payment_failed_version === 'string' ? row.stripe_payment_failed_version : null);

/** The precedence of snapshots: canceled ones above live ones, then by version. */
const precedence = (s: SubscriptionSnapshot) => `${s.stripe_status === 'canceled' ? 1 : 0}|${s.version}`;

/** Applies a subscription event's snapshot to the stored row (null: none yet). */
export function withSnapshot(current: Row | null, userId: string, snapshot: SubscriptionSnapshot): Merge {
  if (!current) return { outcome: 'applied', row: subscriptionRow(userId, snapshot, null) };
  const stored = storedSnapshot(current);
  if (stored.version === snapshot.version) return { outcome: 'duplicate', row: null };
  if (precedence(stored) > precedence(snapshot)) return { outcome: 'stale', row: null };
  return { outcome: 'applied', row: subscriptionRow(current.user_id as string, snapshot, storedFailure(current)) };
}

/** Applies a payment failure (its version) to the stored row. */
export function withPaymentFailure(current: Row, failure: string): Merge {
  const stored = storedFailure(current);
  if (stored === failure) return { outcome: 'duplicate', row: null };
  if (stored !== null && stored > failure) return { outcome: 'stale', row: null };
  return { outcome: 'applied', row: subscriptionRow(current.user_id as string, storedSnapshot(current), failure) };
}
