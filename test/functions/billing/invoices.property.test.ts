// Invoice properties on PGlite and the real server: lines sum exactly to totals and each is rounded once; periods
// tile time; a finalized invoice never changes, whatever is attempted.
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInvoices } from '../../../functions/billing/invoices/generate';
import { finalizeInvoice } from '../../../functions/billing/invoices/lifecycle';
import { periodOf } from '../../../functions/billing/invoices/period';
import { Money } from '../../../functions/billing/money';
import { backends, sqlState } from '../support/databases';
import { billingFixture, newOrganisation, type BillingFixture } from './billing-fixture';

const decimal = (digits: number, scale: number) => fc.bigInt({ min: 0n, max: 10n ** BigInt(digits) }).map((n) => new Money(n.toString()).dividedBy(10 ** scale).toFixed());
const AFTER_CLOSE = new Date(Date.UTC(2031, 0, 1));

describe('billing periods', () => {
  it('tile time: each UTC month ends exactly where the next begins', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 9998 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const next = month === 12 ? periodOf(1, year + 1) : periodOf(month + 1, year);
        const period = periodOf(month, year);
        expect(period.endMs).toBe(next.startMs);
        expect(period.endMs).toBeGreaterThan(period.startMs);
      }),
    );
  });
});

describe.each(backends)('invoices on $name', ({ name, available }) => {
  let fx: BillingFixture;
  beforeAll(async () => {
    if (available) fx = await billingFixture(name);
  }, 60_000);
  afterAll(async () => fx?.close());

  it.skipIf(!available)("store periods that tile time, as the database's generated columns", async () => {
    const { organisationId, projectId } = await newOrganisation(fx.db);
    const { rows } = await fx.db.query<{ month: number; year: number; period_start: string; period_end: string }>(
      `INSERT INTO usage_aggregates (organisation_id, project_id, metric_name, unit, month, year)
       SELECT $1, $2, 'm', 'u', m, y FROM generate_series(2027, 2029) y, generate_series(1, 12) m
       RETURNING month, year, period_start, period_end`,
      [organisationId, projectId],
    );
    const sorted = rows.sort((a, b) => a.year - b.year || a.month - b.month);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].period_start).toBe(sorted[i - 1].period_end);
  });

  it.skipIf(!available)('price every line once, half-up, and total exactly the sum of the lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ quantity: decimal(12, 3), price: decimal(8, 6) }), { minLength: 1, maxLength: 6 }), async (lines) => {
        const { organisationId, projectId } = await newOrganisation(fx.db);
        const run = randomBytes(4).toString('hex');
        for (const [i, line] of lines.entries()) {
          await fx.db.query(`INSERT INTO pricing_plans (metric_name, unit, price_per_unit, currency, effective_from) VALUES ($1, 'u', $2, 'INR', '2030-01-01')`, [`m${run}${i}`, line.price]);
          await fx.db.query(
            `INSERT INTO usage_aggregates (organisation_id, project_id, metric_name, unit, month, year, total_value, event_count) VALUES ($1, $2, $3, 'u', 6, 2030, $4, 1)`,
            [organisationId, projectId, `m${run}${i}`, line.quantity],
          );
        }
        await generateInvoices(fx.db, { month: 6, year: 2030, now: AFTER_CLOSE });
        const { rows } = await fx.db.query<{ total: string; lines: string; line_totals: string[]; quantities: string[]; prices: string[] }>(
          `SELECT i.total, (SELECT sum(total) FROM invoice_line_items l WHERE l.invoice_id = i.id) AS lines,
                  (SELECT array_agg(total::text ORDER BY line_number) FROM invoice_line_items l WHERE l.invoice_id = i.id) AS line_totals,
                  (SELECT array_agg(quantity::text ORDER BY line_number) FROM invoice_line_items l WHERE l.invoice_id = i.id) AS quantities,
                  (SELECT array_agg(unit_price::text ORDER BY line_number) FROM invoice_line_items l WHERE l.invoice_id = i.id) AS prices
             FROM invoices i WHERE organisation_id = $1`,
          [organisationId],
        );
        const [invoice] = rows;
        expect(new Money(invoice.total).equals(new Money(invoice.lines))).toBe(true);
        invoice.line_totals.forEach((total, i) => {
          // Half-up at the paisa, computed independently with integers: floor(q × p × 100 + 1/2).
          const exact = new Money(invoice.quantities[i]).times(invoice.prices[i]).times(100);
          const paise = exact.plus('0.5').floor();
          expect(new Money(total).times(100).equals(paise)).toBe(true);
        });
      }),
      { numRuns: name === 'pglite' ? 30 : 40 },
    );
  }, 300_000);

  it.skipIf(!available)('never change a finalized invoice or its lines, whatever is attempted', async () => {
    const { organisationId, projectId } = await newOrganisation(fx.db);
    await fx.db.query(
      `INSERT INTO usage_aggregates (organisation_id, project_id, metric_name, unit, month, year, total_value, event_count) VALUES ($1, $2, 'api_calls', 'requests', 3, 2030, 1000, 3)`,
      [organisationId, projectId],
    );
    await generateInvoices(fx.db, { month: 3, year: 2030, now: AFTER_CLOSE });
    const { rows: [draft] } = await fx.db.query<{ id: string }>('SELECT id FROM invoices WHERE organisation_id = $1', [organisationId]);
    await fx.db.transaction((tx) => finalizeInvoice(tx, draft.id, AFTER_CLOSE));
    // Everything but updated_at, which a no-op UPDATE touches.
    const snapshot = async () =>
      JSON.stringify((await fx.db.query(`SELECT to_jsonb(i) - 'updated_at' AS invoice, (SELECT json_agg(l ORDER BY line_number) FROM invoice_line_items l WHERE invoice_id = i.id) AS lines FROM invoices i WHERE id = $1`, [draft.id])).rows);
    const before = await snapshot();
    const attempts = fc.oneof(
      fc.record({ column: fc.constantFrom('total', 'exchange_rate'), value: decimal(6, 2) }).map(({ column, value }) => [`UPDATE invoices SET ${column} = $2 WHERE id = $1`, [value]] as const),
      fc.record({ column: fc.constantFrom('currency', 'invoice_number'), value: fc.constantFrom('USD', 'EUR', 'X-1') }).map(({ column, value }) => [`UPDATE invoices SET ${column} = $2 WHERE id = $1`, [value]] as const),
      fc.record({ column: fc.constantFrom('month', 'invoice_sequence'), value: fc.integer({ min: 1, max: 12 }) }).map(({ column, value }) => [`UPDATE invoices SET ${column} = $2 WHERE id = $1`, [value]] as const),
      fc.constantFrom(
        [`UPDATE invoices SET status = 'draft' WHERE id = $1`, []] as const,
        [`UPDATE invoices SET due_date = '2099-01-01' WHERE id = $1`, []] as const,
        [`DELETE FROM invoices WHERE id = $1`, []] as const,
        [`UPDATE invoice_line_items SET total = total + 1 WHERE invoice_id = $1`, []] as const,
        [`DELETE FROM invoice_line_items WHERE invoice_id = $1`, []] as const,
        [`INSERT INTO invoice_line_items (invoice_id, line_number, description, quantity, unit_price, total, currency) VALUES ($1, 9, 'x', 1, 1, 1, 'INR')`, []] as const,
      ),
    );
    await fc.assert(
      fc.asyncProperty(attempts, async ([sql, params]) => {
        // Refused by the database (integrity class 23), or a no-op (setting a value to what it already is).
        const state = await sqlState(fx.db.query(sql, [draft.id, ...params]));
        if (state !== 'no error') expect(state).toMatch(/^23/);
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 40 },
    );
    await generateInvoices(fx.db, { month: 3, year: 2030, now: AFTER_CLOSE });
    expect(await snapshot()).toBe(before);
  }, 120_000);
});
