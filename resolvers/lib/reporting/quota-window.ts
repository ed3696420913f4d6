/**
 * Quota windows of the reporting app, in UTC. The day window is the calendar day; the billing cycle restarts each
 * month on the day of `billing_cycle_start` (clamped to 28 so every month has it). A record remembers the window its
 * counters belong to (`usage_day`, `usage_cycle`); a counter from an older window counts as zero.
 */
import { util } from '@aws-appsync/utils';

export interface QuotaWindows {
  day: string;
  cycle: string;
  dayResetsAt: string;
  cycleResetsAt: string;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function date(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** `m` 1..12, shifted by `delta` months. */
function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function quotaWindows(billingCycleStart: string | undefined): QuotaWindows {
  // https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html
  const now = util.time.nowEpochMilliSeconds();
  const day = util.time.epochMilliSecondsToFormatted(now, 'yyyy-MM-dd', 'UTC');
  const parts = day.split('-');
  const y = Number(parts[0]);
  const m = Number(parts[1]);
  const d = Number(parts[2]);
  const anchorDay = Math.min(billingCycleStart ? Number(billingCycleStart.split('-')[2]) || 1 : 1, 28);
  const start = d >= anchorDay ? { y, m } : addMonths(y, m, -1);
  const next = addMonths(start.y, start.m, 1);
  const tomorrow = util.time.epochMilliSecondsToFormatted(now + 86400000, 'yyyy-MM-dd', 'UTC');
  return {
    day,
    cycle: date(start.y, start.m, anchorDay),
    dayResetsAt: `${tomorrow}T00:00:00Z`,
    cycleResetsAt: `${date(next.y, next.m, anchorDay)}T00:00:00Z`,
  };
}
