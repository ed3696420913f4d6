/**
 * The caller's local date. Calendar fields take the day the app shows (the user's local date, `YYYY-MM-DD`) and
 * accept it when it is "today" somewhere: time zones run from UTC-12 to UTC+14, so at instant t the local dates in
 * use are date(t - 12 h) .. date(t + 14 h) (two or three days). "Now" is util.time's (an injected clock locally).
 * Refusals are `ValidationError` with errorInfo { field, earliest, latest }.
 */
import { util } from '@aws-appsync/utils';

export const DAY_MS = 86400000;
const BEHIND_UTC_MS = 12 * 3600000;
const AHEAD_OF_UTC_MS = 14 * 3600000;

function epochOf(date: string): number {
  return util.time.parseFormattedToEpochMilliSeconds(date, 'yyyy-MM-dd', 'UTC');
}

function dateAt(epochMs: number): string {
  return util.time.epochMilliSecondsToFormatted(epochMs, 'yyyy-MM-dd', 'UTC');
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return dateAt(epochOf(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((epochOf(to) - epochOf(from)) / DAY_MS);
}

/**
 * The AWSDate argument as `YYYY-MM-DD`, refused unless it is today in some time zone or at most `aheadDays` later.
 */
export function requireLocalDate(value: string, aheadDays: number): string {
  const date = value.slice(0, 10);
  const now = util.time.nowEpochMilliSeconds();
  const earliest = dateAt(now - BEHIND_UTC_MS);
  const latest = addDays(dateAt(now + AHEAD_OF_UTC_MS), aheadDays);
  if (date < earliest || date > latest) {
    util.error(`date must be from ${earliest} to ${latest}`, 'ValidationError', null, { field: 'date', earliest, latest });
  }
  return date;
}
