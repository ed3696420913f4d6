/**
 * A reporting user's own limits and credits as admins set them: not negative, and own limit plus credits never above
 * the organisation's effective limit (plan + credits); a refusal is `ValidationError` naming the limit. The effective
 * limits stored with the user are `userLimits` of limits.ts (capped by the organisation).
 */
import { util } from '@aws-appsync/utils';
import { update } from '@aws-appsync/utils/dynamodb';
import { orgLimits, userLimits, type ReportingLimits } from './limits';

export const USER_LIMIT_FIELDS = ['user_daily_limit', 'user_monthly_limit', 'additional_daily_credits', 'additional_monthly_credits'];
export const USER_STATUSES = ['active', 'suspended'];
export const USER_ROLES = ['admin', 'member'];

function credit(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

export function checkUserLimitFields(fields: Record<string, unknown>): void {
  USER_LIMIT_FIELDS.forEach((f) => {
    const v = fields[f];
    if (typeof v === 'number' && v < 0) util.error(`${f} must not be negative`, 'ValidationError', null, { field: f });
  });
  if (fields.status !== undefined && fields.status !== null && !USER_STATUSES.includes(fields.status as string)) {
    util.error('status must be active or suspended', 'ValidationError', null, { field: 'status' });
  }
}

/** Refuses own limits (plus credits) above the organisation's effective limits; returns the user's effective limits. */
export function effectiveUserLimits(user: Record<string, unknown>, org: Record<string, unknown>): ReportingLimits {
  const orgMax = orgLimits(org);
  const checks = [
    { limit: 'user_daily', own: user.user_daily_limit, credits: credit(user.additional_daily_credits), max: orgMax.daily },
    { limit: 'user_monthly', own: user.user_monthly_limit, credits: credit(user.additional_monthly_credits), max: orgMax.monthly },
  ];
  const over = checks.find((c) => typeof c.own === 'number' && c.own + c.credits > c.max);
  if (over) {
    const value = (over.own as number) + over.credits;
    util.error(`${over.limit} limit of ${value} exceeds the organisation's ${over.max}`, 'ValidationError', null, { limit: over.limit, value, max: over.max });
  }
  return userLimits(user, orgMax);
}

/**
 * The UpdateItem that stores a user's changed limits, credits or status with their effective limits recomputed and
 * who changed them; conditioned on `updated_at` as read, so a concurrent change is not lost (`null` REMOVEs an own
 * limit).
 */
export function userLimitsUpdate(user: Record<string, unknown>, org: Record<string, unknown>, changes: Record<string, unknown>, who: string) {
  const limits = effectiveUserLimits({ ...user, ...changes }, org);
  const seen = user.updated_at as string | undefined;
  return update({
    key: { user_id: user.user_id as string },
    update: { ...changes, effective_daily_limit: limits.daily, effective_monthly_limit: limits.monthly, updated_at: util.time.nowISO8601(), updated_by: who },
    condition: seen ? { updated_at: { eq: seen } } : { updated_at: { attributeExists: false } },
  });
}
