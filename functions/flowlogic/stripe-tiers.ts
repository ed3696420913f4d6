/**
 * Which Flow Logic tier a Stripe subscription buys, and which subscriptions give their user that tier.
 *
 * Price -> tier, for each item of the subscription, the first that answers:
 * 1. the configured map (`STRIPE_PRICE_TIERS`, a JSON object) by the item's price id (`price_...`),
 * 2. the same map by the price's product id (`prod_...`),
 * 3. the price's metadata `tier` (set in the Stripe dashboard or API: `metadata[tier]=pro`),
 * 4. the product's metadata `tier`, when the product is expanded in the payload (webhooks usually send its id only).
 * Tiers are `basic`, `pro` and `proplus` (a subscription never buys `free`); a subscription with several items buys
 * the highest of its items' tiers. An item that maps to nothing (a one-off add-on) is skipped; a subscription none of
 * whose items maps is refused, so that its events are retried once the configuration is fixed.
 *
 * A user's tier is the highest tier of their subscriptions in a granting Stripe status (`active`, `trialing`,
 * `past_due`: Stripe is still retrying the payment, so access continues for that grace period), else `free`.
 * https://docs.stripe.com/billing/subscriptions/overview#subscription-statuses
 */

export type FlowTier = 'free' | 'basic' | 'pro' | 'proplus';
export type PaidTier = Exclude<FlowTier, 'free'>;

export const TIER_RANK: Readonly<Record<FlowTier, number>> = { free: 0, basic: 1, pro: 2, proplus: 3 };
const PAID: readonly string[] = ['basic', 'pro', 'proplus'];

/** Price or product id -> tier. */
export type PriceTiers = Readonly<Record<string, PaidTier>>;

export class PriceTierConfigError extends Error {}

const isPaidTier = (value: unknown): value is PaidTier => typeof value === 'string' && PAID.includes(value);

/** Parses `STRIPE_PRICE_TIERS` (`{"price_123": "pro", "prod_abc": "basic"}`); empty or unset is no map. */
export function parsePriceTiers(value: string | undefined): PriceTiers {
  if (!value || value.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new PriceTierConfigError('STRIPE_PRICE_TIERS must be a JSON object of price or product id -> tier');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new PriceTierConfigError('STRIPE_PRICE_TIERS must be a JSON object of price or product id -> tier');
  }
  for (const [id, tier] of Object.entries(parsed)) {
    if (!isPaidTier(tier)) throw new PriceTierConfigError(`STRIPE_PRICE_TIERS: ${id} maps to "${String(tier)}"; tiers are ${PAID.join(', ')}`);
  }
  return parsed as PriceTiers;
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const idOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : (object(value)?.id as string | undefined));

/** The tier one subscription item's price buys, or null. */
export function tierOfPrice(price: unknown, tiers: PriceTiers): PaidTier | null {
  const p = object(price);
  if (!p) return null;
  const product = p.product;
  const candidates = [tiers[idOf(p) ?? ''], tiers[idOf(product) ?? ''], object(p.metadata)?.tier, object(object(product)?.metadata)?.tier];
  return candidates.find(isPaidTier) ?? null;
}

export const higherTier = <T extends FlowTier>(a: T, b: T): T => (TIER_RANK[b] > TIER_RANK[a] ? b : a);

/** Stripe statuses whose subscription gives its user its tier. */
export const GRANTING_STRIPE_STATUSES: readonly string[] = ['active', 'trialing', 'past_due'];

/** The tier a user holds with these subscription rows (as stored). */
export function userTierOf(rows: readonly Json[]): FlowTier {
  return rows.reduce<FlowTier>((best, row) => {
    // Rows written before the webhook (no stripe_status) count by their seed status.
    const granting = typeof row.stripe_status === 'string' ? GRANTING_STRIPE_STATUSES.includes(row.stripe_status) : row.status === 'active' || row.status === 'past_due';
    return granting && isPaidTier(row.tier) ? higherTier(best, row.tier) : best;
  }, 'free');
}
