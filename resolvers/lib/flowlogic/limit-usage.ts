/**
 * The usage a user-limits record holds in the current windows (a counter stored for an older window counts as zero)
 * and the refusal when starting one more assessment would pass a limit or the user is banned:
 * `Banned` (errorInfo: limit "ban", reason, resetsAt) or `LimitExceeded` (errorInfo: limit, value, usage, resetsAt,
 * test_id) where limit is attempts_per_test, video_hourly, video_daily or test_monthly.
 */
import { util } from '@aws-appsync/utils';
import type { FlowWindows } from './quota-windows';
import { ATTEMPTS_PER_TEST_PER_DAY, quotasOf } from './tiers';

type Rec = Record<string, unknown>;

export interface FlowUsage {
  videoDaily: number;
  videoHourly: number;
  testMonthly: number;
  attempts: Record<string, number>;
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

export function currentUsage(record: Rec | null | undefined, windows: FlowWindows): FlowUsage {
  const r = record ?? {};
  return {
    videoDaily: r.video_day_key === windows.day ? num(r.video_quota_used_daily) : 0,
    videoHourly: r.video_hour_key === windows.hour ? num(r.video_quota_used_hourly) : 0,
    testMonthly: r.test_month_key === windows.month ? num(r.test_quota_used_monthly) : 0,
    attempts: r.attempts_day_key === windows.day && r.attempts_per_test ? (r.attempts_per_test as Record<string, number>) : {},
  };
}

/** Attempts of `testId` already made today. */
export function attemptsToday(usage: FlowUsage, testId: number): number {
  return num(usage.attempts[`${testId}`]);
}

/** The record as the API shows it: limits of the tier, usage of the current windows. */
export function limitsView(userId: string, record: Rec | null | undefined, tier: string, windows: FlowWindows): Rec {
  const r = record ?? {};
  const usage = currentUsage(r, windows);
  const q = quotasOf(tier);
  return {
    ...r,
    user_id: userId,
    plan: tier,
    video_quota_used_daily: usage.videoDaily,
    video_quota_day: q.videoDay,
    video_quota_used_hourly: usage.videoHourly,
    video_quota_hour: q.videoHour,
    test_quota_used_monthly: usage.testMonthly,
    test_quota_month: q.testMonth,
    attempts_per_test: usage.attempts,
  };
}

/** Refuses when the user is banned now or one more assessment of `testId` would pass a limit. */
export function refuseIfLimited(record: Rec | null | undefined, tier: string, testId: number, windows: FlowWindows, nowIso: string): void {
  const r = record ?? {};
  const banUntil = r.ban_until as string | undefined;
  if (banUntil && banUntil > nowIso) {
    util.error(`banned until ${banUntil}`, 'Banned', null, { limit: 'ban', reason: r.ban_reason ?? null, resetsAt: banUntil });
  }
  const usage = currentUsage(r, windows);
  const q = quotasOf(tier);
  const attempts = attemptsToday(usage, testId);
  const checks = [
    { limit: 'attempts_per_test', value: ATTEMPTS_PER_TEST_PER_DAY, usage: attempts, resetsAt: windows.dayResetsAt, test_id: testId },
    { limit: 'video_hourly', value: q.videoHour, usage: usage.videoHourly, resetsAt: windows.hourResetsAt, test_id: testId },
    { limit: 'video_daily', value: q.videoDay, usage: usage.videoDaily, resetsAt: windows.dayResetsAt, test_id: testId },
    // Only the first attempt of a test on a day counts as a test of the month (see limit-update.ts).
    { limit: 'test_monthly', value: q.testMonth, usage: attempts === 0 ? usage.testMonthly : -1, resetsAt: windows.monthResetsAt, test_id: testId },
  ];
  const hit = checks.find((c) => c.usage >= c.value);
  if (hit) util.error(`${hit.limit} limit of ${hit.value} reached`, 'LimitExceeded', null, hit);
}
