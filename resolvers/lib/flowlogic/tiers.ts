/**
 * Flow Logic tiers and what they unlock. Correction plans, the calendar and progress are Basic and above; a lower
 * tier is refused with `TierRequired` (errorInfo: required, tier). Abuse quotas per tier are the seed's
 * (user-limits: videos per day 9/9/21/45, per hour 5, tests per month 3/3/7/15, 3 attempts per test per day).
 */
import { util } from '@aws-appsync/utils';

export type FlowTier = 'free' | 'basic' | 'pro' | 'proplus';

export const TIER_RANK: Record<string, number> = { free: 0, basic: 1, pro: 2, proplus: 3 };

export interface TierQuotas {
  videoDay: number;
  videoHour: number;
  testMonth: number;
}

export const TIER_QUOTAS: Record<string, TierQuotas> = {
  free: { videoDay: 9, videoHour: 5, testMonth: 3 },
  basic: { videoDay: 9, videoHour: 5, testMonth: 3 },
  pro: { videoDay: 21, videoHour: 5, testMonth: 7 },
  proplus: { videoDay: 45, videoHour: 5, testMonth: 15 },
};

export const ATTEMPTS_PER_TEST_PER_DAY = 3;

/** The tier of a user record; anything unknown counts as free. */
export function tierOf(user: Record<string, unknown> | null | undefined): string {
  const tier = user ? (user.tier as string) : 'free';
  return typeof TIER_RANK[tier] === 'number' ? tier : 'free';
}

export function quotasOf(tier: string): TierQuotas {
  return TIER_QUOTAS[tier] ?? TIER_QUOTAS.free;
}

export function hasTier(user: Record<string, unknown> | null | undefined, required: string): boolean {
  return TIER_RANK[tierOf(user)] >= TIER_RANK[required];
}

export function requireTier(user: Record<string, unknown> | null | undefined, required: string): void {
  if (!hasTier(user, required)) {
    const tier = tierOf(user);
    util.error(`this feature needs the ${required} tier or above (current: ${tier})`, 'TierRequired', null, { required, tier });
  }
}
