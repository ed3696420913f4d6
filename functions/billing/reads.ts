/** Billing reads for operators: usage by month, invoices with their line items, the audit log. */
import type { Queryable } from '../db/database';
import { BillingError } from './errors';
import { periodOf } from './invoices/period';
import { decodeCursor, keysetPage, pageLimit, toGraphql } from './rows';

export async function usageForMonth(db: Queryable, args: { organisation_id: string; month: number; year: number; metric_name?: string | null }) {
  const period = periodOf(args.month, args.year);
  const { rows } = await db.query(
    `SELECT organisation_id, project_id, metric_name, unit, total_value, event_count, month, year, period_start, period_end, updated_at
       FROM usage_aggregates
      WHERE organisation_id = $1 AND month = $2 AND year = $3 AND ($4::text IS NULL OR metric_name = $4)
      ORDER BY project_id, metric_name, unit`,
    [args.organisation_id, period.month, period.year, args.metric_name ?? null],
  );
  return rows.map(toGraphql);
}

async function withLines(db: Queryable, invoices: Record<string, unknown>[]) {
  if (invoices.length === 0) return [];
  const { rows } = await db.query<{ invoice_id: string }>(
    `SELECT invoice_id, line_number, description, quantity, unit_price, total, currency
       FROM invoice_line_items WHERE invoice_id = ANY($1::uuid[]) ORDER BY invoice_id, line_number`,
    [invoices.map((i) => i.id)],
  );
  return invoices.map((invoice) => ({ ...toGraphql(invoice), line_items: rows.filter((l) => l.invoice_id === invoice.id) }));
}

export async function invoiceById(db: Queryable, id: string) {
  const { rows } = await db.query('SELECT * FROM invoices WHERE id = $1', [id]);
  if (!rows[0]) throw new BillingError('NotFound', 'no such invoice', { id });
  return (await withLines(db, rows))[0];
}

export { withLines as invoicesWithLines };

/** An organisation's invoices, newest period first. */
export async function invoicesOf(db: Queryable, args: { organisation_id: string; status?: string | null; limit?: number | null; nextToken?: string | null }) {
  const limit = pageLimit(args.limit);
  const after = decodeCursor(args.nextToken, 3);
  const { rows } = await db.query(
    `SELECT * FROM invoices
      WHERE organisation_id = $1 AND ($2::text IS NULL OR status = $2)
        AND ($3::int IS NULL OR (year, month, id) < ($3::int, $4::int, $5::uuid))
      ORDER BY year DESC, month DESC, id DESC LIMIT $6`,
    [args.organisation_id, args.status ?? null, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
  );
  const page = keysetPage(rows, limit, (last) => [last.year, last.month, last.id]);
  return { items: await withLines(db, rows.slice(0, limit)), nextToken: page.nextToken };
}

/** The audit log, newest first, of one organisation or (no organisation) of platform-wide actions too. */
export async function auditLogsOf(db: Queryable, args: { organisation_id?: string | null; limit?: number | null; nextToken?: string | null }) {
  const limit = pageLimit(args.limit);
  const after = decodeCursor(args.nextToken, 2);
  const { rows } = await db.query(
    `SELECT * FROM audit_logs
      WHERE ($1::uuid IS NULL OR organisation_id = $1)
        AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $4`,
    [args.organisation_id ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  return keysetPage(rows, limit, (last) => [last.created_at, last.id]);
}
