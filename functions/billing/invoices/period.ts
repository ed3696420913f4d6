/** Billing periods are UTC months, half-open: [first day 00:00 UTC, first day of the next month 00:00 UTC). */
import { BillingError } from '../errors';
import { FLUSH_GRACE_MS, LATE_WINDOW_MS } from '../ingest/event-rules';

export interface Period {
  month: number;
  year: number;
  /** 'YYYY-MM-DD' of the first day. */
  start: string;
  startMs: number;
  endMs: number;
}

export function periodOf(month: number, year: number): Period {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year) || year < 2000 || year > 9999) {
    throw new BillingError('ValidationError', 'month must be 1-12 and year 2000-9999', { month, year });
  }
  const startMs = Date.UTC(year, month - 1, 1);
  return { month, year, start: new Date(startMs).toISOString().slice(0, 10), startMs, endMs: Date.UTC(year, month, 1) };
}

/** When the period stops accepting late events (and so may be finalized). */
export const closesAt = (period: Period): number => period.endMs + LATE_WINDOW_MS + FLUSH_GRACE_MS;
