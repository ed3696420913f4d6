/**
 * The calendar fields of an instant seen at a UTC offset (ISO calendar, US week rules:
 * weeks start on Sunday and week 1 is the week holding January 1st, as Java's default en_US locale).
 */
export interface DateFields {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
  hour: number;
  minute: number;
  second: number;
  milli: number;
  dayOfYear: number; // 1-366
  /** ISO day of week, Monday = 1 ... Sunday = 7. */
  isoDayOfWeek: number;
  offsetSeconds: number;
}

const DAY_MS = 86_400_000;

export function fieldsAt(epochMs: number, offsetSeconds: number): DateFields {
  const local = new Date(epochMs + offsetSeconds * 1000);
  const year = local.getUTCFullYear();
  const startOfYear = Date.UTC(year, 0, 1);
  const dayStart = Date.UTC(year, local.getUTCMonth(), local.getUTCDate());
  const jsDay = local.getUTCDay();
  return {
    year,
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    milli: local.getUTCMilliseconds(),
    dayOfYear: Math.round((dayStart - startOfYear) / DAY_MS) + 1,
    isoDayOfWeek: jsDay === 0 ? 7 : jsDay,
    offsetSeconds,
  };
}

/** US day-of-week number: Sunday = 1 ... Saturday = 7. */
export function usDayOfWeek(f: DateFields): number {
  return (f.isoDayOfWeek % 7) + 1;
}

/** Week-based year and week of year with US rules (Sunday start, minimal days 1). */
export function usWeekOfYear(f: DateFields): { weekYear: number; week: number } {
  const sunday = Date.UTC(f.year, f.month - 1, f.day) - (usDayOfWeek(f) - 1) * DAY_MS;
  const saturdayYear = new Date(sunday + 6 * DAY_MS).getUTCFullYear();
  if (saturdayYear > f.year) return { weekYear: f.year + 1, week: 1 };
  const jan1Dow = new Date(Date.UTC(f.year, 0, 1)).getUTCDay(); // 0 = Sunday
  return { weekYear: f.year, week: Math.floor((f.dayOfYear - 1 + jan1Dow) / 7) + 1 };
}

/** Week of month with US rules. */
export function usWeekOfMonth(f: DateFields): number {
  const firstDow = new Date(Date.UTC(f.year, f.month - 1, 1)).getUTCDay();
  return Math.floor((f.day - 1 + firstDow) / 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** ISO order: Monday first. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const QUARTERS = ['1st quarter', '2nd quarter', '3rd quarter', '4th quarter'];
