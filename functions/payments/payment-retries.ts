/**
 * Retries of failed invoice payments (issue #9, item 5).
 *
 * - A payment is *due* when it is `failed`, has retries left (`retry_count < max_retries`), and its `next_retry_at`
 *   has passed; a failed payment never scheduled yet is due `RETRY_BASE_MS` after it last changed.
 * - A retry opens a new Razorpay order for the same amount (receipt `<invoice id>#retry-<n>`, so a retried creation
 *   of the same attempt returns the same order), puts the payment back to `pending` on that order, counts the
 *   attempt, appends it to `retry_history` and schedules the next one.
 * - Schedule: attempt n (1-based) waits `min(RETRY_BASE_MS · 2^(n-1), RETRY_CAP_MS)` after the previous attempt
 *   (the first: after the failure): 15 min, 30 min, 1 h, 2 h, … capped at 24 h. `retry_count` never exceeds `max_retries` (the table checks it too).
 * - Concurrency: due rows are claimed with `FOR UPDATE SKIP LOCKED`, so two schedulers running at once never retry
 *   the same payment; each skips what the other holds.
 */
import type { Database } from '../db/database';
import { toMinorUnits } from './minor-units';
import type { RazorpayClient } from './razorpay-client';

export const RETRY_BASE_MS = 15 * 60_000;
export const RETRY_CAP_MS = 24 * 60 * 60_000;

/** Delay before attempt `attempt` (1-based). */
export function retryDelayMs(attempt: number, baseMs = RETRY_BASE_MS, capMs = RETRY_CAP_MS): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  // 2 ** 60 already overflows any sensible cap; clamping the exponent keeps the number finite.
  return Math.min(baseMs * 2 ** Math.min(attempt - 1, 60), capMs);
}

export interface RetryAttempt {
  attempt: number;
  at: string;
  razorpay_order_id: string;
  previous_razorpay_order_id: string | null;
  previous_razorpay_payment_id: string | null;
}

interface DueRow {
  id: string;
  invoice_id: string;
  amount: string;
  currency: string;
  retry_count: number;
  max_retries: number;
  razorpay_order_id: string | null;
  razorpay_payment_id: string | null;
}

/** Retries up to `limit` due payments at `now`; returns the attempts made. */
export async function retryDuePayments(db: Database, rzp: RazorpayClient, now: Date, limit = 25): Promise<RetryAttempt[]> {
  return db.transaction(async (tx) => {
    const due = await tx.query<DueRow>(
      `SELECT id, invoice_id, amount, currency, retry_count, max_retries, razorpay_order_id, razorpay_payment_id
         FROM payments
        WHERE status = 'failed' AND retry_count < max_retries
          AND COALESCE(next_retry_at, updated_at + $2 * interval '1 millisecond') <= $1
        ORDER BY COALESCE(next_retry_at, updated_at), id
        LIMIT $3
        FOR UPDATE SKIP LOCKED`,
      [now, RETRY_BASE_MS, limit],
    );
    const made: RetryAttempt[] = [];
    for (const payment of due.rows) {
      const attempt = payment.retry_count + 1;
      const order = (await rzp.orders.create({
        amount: toMinorUnits(payment.amount, payment.currency),
        currency: payment.currency,
        receipt: `${payment.invoice_id}#retry-${attempt}`,
        notes: { invoice_id: payment.invoice_id, payment_id: payment.id, retry: String(attempt) },
      })) as { id: string };
      const entry: RetryAttempt = {
        attempt,
        at: now.toISOString(),
        razorpay_order_id: order.id,
        previous_razorpay_order_id: payment.razorpay_order_id,
        previous_razorpay_payment_id: payment.razorpay_payment_id,
      };
      // next_retry_at is when the attempt after this one may run, should this one fail as well; none when spent.
      const next = attempt < payment.max_retries ? new Date(now.getTime() + retryDelayMs(attempt + 1)) : null;
      const updated = await tx.query(
        `UPDATE payments
            SET status = 'pending', razorpay_order_id = $2, razorpay_payment_id = NULL, retry_count = $3,
                last_retry_at = $4, next_retry_at = $5, retry_history = retry_history || jsonb_build_array($6::jsonb)
          WHERE id = $1 AND status = 'failed' AND retry_count = $3 - 1`,
        [payment.id, order.id, attempt, now, next, JSON.stringify(entry)],
      );
      if (updated.rowCount === 1) made.push(entry);
    }
    return made;
  });
}
