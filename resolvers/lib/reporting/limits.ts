/**
 * Effective limits of the reporting app. An organisation may use its plan's limits plus its additional credits; a
 * user may use their own limits plus their credits (or, without own limits, the organisation's). A user never gets
 * more than the organisation has left: consumeReport conditions the organisation's counters in the same transaction.
 */
export interface ReportingLimits {
  daily: number;
  monthly: number;
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

export function orgLimits(org: Record<string, unknown>): ReportingLimits {
  return {
    daily: num(org.plan_daily_limit) + num(org.additional_daily_credits),
    monthly: num(org.plan_monthly_limit) + num(org.additional_monthly_credits),
  };
}

export function userLimits(user: Record<string, unknown>, org: ReportingLimits): ReportingLimits {
  const daily = typeof user.user_daily_limit === 'number' ? user.user_daily_limit + num(user.additional_daily_credits) : org.daily;
  const monthly = typeof user.user_monthly_limit === 'number' ? user.user_monthly_limit + num(user.additional_monthly_credits) : org.monthly;
  return { daily: Math.min(daily, org.daily), monthly: Math.min(monthly, org.monthly) };
}

/** The usage a record has in the current windows: a counter from an older window counts as zero. */
export function currentUsage(record: Record<string, unknown>, day: string, cycle: string): ReportingLimits {
  return {
    daily: record.usage_day === day ? num(record.current_daily_usage) : 0,
    monthly: record.usage_cycle === cycle ? num(record.current_monthly_usage) : 0,
  };
}

/** An organisation record as served: its effective limits computed from plan + credits. */
export function withOrgLimits(org: Record<string, unknown>): Record<string, unknown> {
  const limits = orgLimits(org);
  return { ...org, effective_daily_limit: limits.daily, effective_monthly_limit: limits.monthly };
}
