/** Alert comparison windows: the UTC hour, day, ISO week (from Monday) or month that contains an instant, half-open. */
export type Period = 'hour' | 'day' | 'week' | 'month';

export interface Window {
  start: Date;
  end: Date;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function windowOf(period: Period, at: Date): Window {
  const t = at.getTime();
  if (period === 'hour') return span(Math.floor(t / HOUR_MS) * HOUR_MS, HOUR_MS);
  if (period === 'day') return span(Math.floor(t / DAY_MS) * DAY_MS, DAY_MS);
  if (period === 'week') {
    const day = Math.floor(t / DAY_MS) * DAY_MS;
    const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
    return span(monday, 7 * DAY_MS);
  }
  const start = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
  return { start: new Date(start), end: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)) };
}

/** The window `n` periods before `window` (n = 1: the previous one). */
export function windowBefore(period: Period, window: Window, n = 1): Window {
  let current = window;
  for (let i = 0; i < n; i++) current = windowOf(period, new Date(current.start.getTime() - 1));
  return current;
}

function span(start: number, length: number): Window {
  return { start: new Date(start), end: new Date(start + length) };
}

/** `at` moved back by one `period` (a calendar month for months). */
export function shiftBack(period: Period, at: Date): Date {
  if (period === 'month') {
    return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()));
  }
  return new Date(at.getTime() - { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS }[period]);
}
