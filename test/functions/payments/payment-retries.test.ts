// Retries of failed invoice payments: counts, spacing, cap, history and two schedulers at once, with an injected
// clock, the official Razorpay client against the fake Razorpay, on PGlite and the real server.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../functions/db/database';
import { migrate } from '../../../functions/db/migrate';
import { razorpayClient } from '../../../functions/payments/razorpay-client';
import { RETRY_BASE_MS, RETRY_CAP_MS, retryDelayMs, retryDuePayments } from '../../../functions/payments/payment-retries';
import { backends, createTestDatabase, type TestDatabase } from '../support/databases';
import { startFakeRazorpay, type FakeRazorpay } from './fake-razorpay';

const KEY_ID = 'rzp_test_retry';
const KEY_SECRET = 'retry-key-secret';
const MIN = 60_000;

describe('retry schedule', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([15 * MIN, 30 * MIN, 60 * MIN, 120 * MIN]);
    expect(retryDelayMs(8)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(10_000)).toBe(RETRY_CAP_MS);
    expect(() => retryDelayMs(0)).toThrow(RangeError);
  });
});

describe.each(backends)('payment retries on $name', ({ name, available }) => {
  let database: TestDatabase;
  let db: Database;
  let fake: FakeRazorpay;
  const rzp = () => razorpayClient({ keyId: KEY_ID, keySecret: KEY_SECRET, webhookSecrets: ['s'], hostUrl: fake.url });

  beforeAll(async () => {
    if (!available) return;
    fake = await startFakeRazorpay(KEY_ID, KEY_SECRET);
    database = await createTestDatabase(name);
    db = await database.open();
    await migrate(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await database?.drop();
    await fake?.close();
  });

  async function failedPayment(maxRetries: number) {
    const org = randomUUID();
    const invoice = randomUUID();
    await db.query(`INSERT INTO organisations (id, name, billing_email) VALUES ($1, 'r', 'r@x.example')`, [org]);
    await db.query(`INSERT INTO invoices (id, organisation_id, total, currency, status, month, year, invoice_number, invoice_sequence) VALUES ($1, $2, '12.34', 'INR', 'finalized', 1, 2026, $3, 1)`, [invoice, org, `INV-${invoice}`]);
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO payments (organisation_id, invoice_id, razorpay_order_id, razorpay_payment_id, amount, currency, status, max_retries)
       VALUES ($1, $2, $3, $4, '12.34', 'INR', 'failed', $5) RETURNING id`,
      [org, invoice, `order_first_${invoice}`, `pay_failed_${invoice}`, maxRetries],
    );
    return rows[0].id;
  }
  const row = async (id: string) =>
    (await db.query<{ status: string; retry_count: number; next_retry_at: Date | null; retry_history: { attempt: number; at: string; razorpay_order_id: string }[]; razorpay_order_id: string }>(
      'SELECT status, retry_count, next_retry_at, retry_history, razorpay_order_id FROM payments WHERE id = $1', [id])).rows[0];
  const fail = (id: string) => db.query(`UPDATE payments SET status = 'failed' WHERE id = $1`, [id]);

  it.runIf(available)('retries on the exponential schedule, records every attempt, and stops at max_retries', async () => {
    const id = await failedPayment(3);
    const t0 = Date.now();
    const mine = (made: { razorpay_order_id: string }[], order: string) => made.some((m) => m.razorpay_order_id === order);

    expect((await retryDuePayments(db, rzp(), new Date(t0 + RETRY_BASE_MS - 5_000))).length).toBe(0); // not yet due
    let clock = t0 + RETRY_BASE_MS + 1_000;
    const ordersBefore = fake.orders.length;
    const first = await retryDuePayments(db, rzp(), new Date(clock));
    let now = await row(id);
    expect(mine(first, now.razorpay_order_id)).toBe(true);
    expect(now).toMatchObject({ status: 'pending', retry_count: 1 });
    expect(now.next_retry_at!.getTime()).toBe(clock + retryDelayMs(2));
    expect(fake.orders.length).toBe(ordersBefore + first.length);
    expect(fake.orders.at(-1)).toMatchObject({ amount: 1234, currency: 'INR' });

    // Attempt 2 only once its spacing has passed.
    await fail(id);
    await retryDuePayments(db, rzp(), new Date(clock + retryDelayMs(2) - 1));
    expect((await row(id)).retry_count).toBe(1);
    clock += retryDelayMs(2);
    await retryDuePayments(db, rzp(), new Date(clock));
    now = await row(id);
    expect(now.retry_count).toBe(2);
    expect(now.next_retry_at!.getTime()).toBe(clock + retryDelayMs(3));

    await fail(id);
    clock += retryDelayMs(3);
    await retryDuePayments(db, rzp(), new Date(clock));
    now = await row(id);
    expect(now.retry_count).toBe(3);
    expect(now.next_retry_at).toBeNull(); // retries spent

    await fail(id);
    await retryDuePayments(db, rzp(), new Date(clock + RETRY_CAP_MS * 10));
    now = await row(id);
    expect(now).toMatchObject({ status: 'failed', retry_count: 3 });
    expect(now.retry_history.map((h) => h.attempt)).toEqual([1, 2, 3]);
    expect(new Set(now.retry_history.map((h) => h.razorpay_order_id)).size).toBe(3);
  });

  it.runIf(available)('two schedulers at once never retry the same payment twice', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(() => failedPayment(5)));
    const at = new Date(Date.now() + RETRY_BASE_MS * 2);
    const ordersBefore = fake.orders.length;
    const [a, b] = await Promise.all([retryDuePayments(db, rzp(), at), retryDuePayments(db, rzp(), at)]);
    const retried = [...a, ...b].map((m) => m.razorpay_order_id);
    expect(new Set(retried).size).toBe(retried.length);
    expect(retried).toHaveLength(ids.length);
    expect(fake.orders.length - ordersBefore).toBe(ids.length); // one Razorpay attempt per payment, not two
    for (const id of ids) {
      const r = await row(id);
      expect(r.retry_count).toBe(1);
      expect(r.retry_history).toHaveLength(1);
    }
  });
});
