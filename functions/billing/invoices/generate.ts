/**
 * generateInvoices(month, year): one draft per active organisation with usage in the month, idempotent and safe to
 * race. Each organisation is its own transaction: the partial unique index (one live invoice per organisation and
 * month) makes a concurrent run's INSERT do nothing, and both then lock the one draft and (re)price it from the
 * aggregates. A draft's lines follow the usage until it is finalized; a finalized, paid or refunded invoice is
 * never touched (the database refuses it too). Progress is logged per organisation.
 */
import type { Database, Queryable } from '../../db/database';
import { BillingError } from '../errors';
import { periodOf, type Period } from './period';
import { priceMonth } from './price-lines';

export interface InvoiceRunOutcome {
  drafted: string[];
  unchanged: string[];
  failed: { organisation_id: string; errorType: string; message: string }[];
}

interface OrgRow {
  id: string;
  currency: string;
}

const DUE_DAYS = 15;

async function draftFor(tx: Queryable, org: OrgRow, period: Period): Promise<{ id: string; status: string }> {
  const inserted = await tx.query<{ id: string; status: string }>(
    `INSERT INTO invoices (organisation_id, currency, month, year, due_date)
     VALUES ($1, $2, $3, $4, ($5::date + interval '1 month' + make_interval(days => $6))::date)
     ON CONFLICT (organisation_id, month, year) WHERE status <> 'cancelled' DO NOTHING
     RETURNING id, status`,
    [org.id, org.currency, period.month, period.year, period.start, DUE_DAYS],
  );
  if (inserted.rows[0]) return inserted.rows[0];
  const existing = await tx.query<{ id: string; status: string }>(
    `SELECT id, status FROM invoices WHERE organisation_id = $1 AND month = $2 AND year = $3 AND status <> 'cancelled' FOR UPDATE`,
    [org.id, period.month, period.year],
  );
  return existing.rows[0];
}

async function invoiceOrganisation(tx: Queryable, org: OrgRow, period: Period, now: Date): Promise<'drafted' | 'unchanged'> {
  const invoice = await draftFor(tx, org, period);
  if (invoice.status !== 'draft') return 'unchanged';
  const priced = await priceMonth(tx, org, period, now);
  await tx.query('DELETE FROM invoice_line_items WHERE invoice_id = $1', [invoice.id]);
  if (priced.lines.length > 0) {
    await tx.query(
      `INSERT INTO invoice_line_items (invoice_id, line_number, description, quantity, unit_price, total, currency)
       SELECT $1, line_number, description, quantity, unit_price, total, currency
         FROM jsonb_to_recordset($2::jsonb) AS l(line_number int, description text, quantity numeric, unit_price numeric, total numeric, currency text)`,
      [invoice.id, JSON.stringify(priced.lines)],
    );
  }
  await tx.query(
    `UPDATE invoices SET total = $2, original_currency = $3, exchange_rate = $4, conversion_date = $5 WHERE id = $1`,
    [invoice.id, priced.total, priced.conversion?.original_currency ?? null, priced.conversion?.exchange_rate ?? null, priced.conversion?.conversion_date ?? null],
  );
  return 'drafted';
}

export async function generateInvoices(
  db: Database,
  input: { month: number; year: number; now: Date; log?: (line: string) => void },
): Promise<InvoiceRunOutcome> {
  const period = periodOf(input.month, input.year);
  const log = input.log ?? (() => undefined);
  const { rows: orgs } = await db.query<OrgRow>(
    `SELECT o.id, o.currency FROM organisations o
      WHERE o.is_active AND EXISTS (SELECT 1 FROM usage_aggregates a WHERE a.organisation_id = o.id AND a.month = $1 AND a.year = $2)
      ORDER BY o.id`,
    [period.month, period.year],
  );
  const outcome: InvoiceRunOutcome = { drafted: [], unchanged: [], failed: [] };
  for (const [i, org] of orgs.entries()) {
    try {
      const result = await db.transaction((tx) => invoiceOrganisation(tx, org, period, input.now));
      outcome[result].push(org.id);
      log(`invoices ${period.year}-${String(period.month).padStart(2, '0')}: ${i + 1}/${orgs.length} ${org.id} ${result}`);
    } catch (error) {
      if (!(error instanceof BillingError)) throw error;
      outcome.failed.push({ organisation_id: org.id, errorType: error.errorType, message: error.message });
      log(`invoices: ${org.id} failed: ${error.message}`);
    }
  }
  return outcome;
}
