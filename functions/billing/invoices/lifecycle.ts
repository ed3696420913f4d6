/**
 * Invoice status moves: draft → finalized (numbered) → paid → refunded, and cancelled from draft or finalized. The
 * database's invoices_guard refuses any other move and any change to a finalized invoice's content; here the same
 * rules are checked first so callers get a clear `InvalidTransition` instead of a failed statement.
 *
 * Finalization takes the organisation's next number in the same transaction (invoice_number_sequences: the row
 * lock serialises concurrent finalizations, a rollback gives the number back), so numbers are gapless. It is
 * refused while the period still accepts late events (event-rules.ts).
 */
import type { Queryable } from '../../db/database';
import { BillingError } from '../errors';
import { closesAt, periodOf } from './period';

export interface InvoiceRow {
  id: string;
  organisation_id: string;
  status: string;
  month: number;
  year: number;
  [column: string]: unknown;
}

export async function lockInvoice(tx: Queryable, id: string): Promise<InvoiceRow> {
  const { rows } = await tx.query<InvoiceRow>('SELECT * FROM invoices WHERE id = $1 FOR UPDATE', [id]);
  if (!rows[0]) throw new BillingError('NotFound', 'no such invoice', { id });
  return rows[0];
}

const moveRefused = (invoice: InvoiceRow, to: string) =>
  new BillingError('InvalidTransition', `invoice is ${invoice.status} and cannot become ${to}`, { from: invoice.status, to });

/** The invoice number: globally unique, readable, with the organisation's gapless sequence in it. */
export const invoiceNumber = (organisationId: string, year: number, sequence: number): string =>
  `INV-${organisationId.replace(/-/g, '').slice(0, 12).toUpperCase()}-${year}-${String(sequence).padStart(6, '0')}`;

export async function finalizeInvoice(tx: Queryable, id: string, now: Date): Promise<InvoiceRow> {
  const invoice = await lockInvoice(tx, id);
  if (invoice.status !== 'draft') throw moveRefused(invoice, 'finalized');
  const closes = closesAt(periodOf(invoice.month, invoice.year));
  if (now.getTime() < closes) {
    throw new BillingError('PeriodOpen', 'the period still accepts late usage events', { closesAt: new Date(closes).toISOString() });
  }
  const { rows } = await tx.query<{ sequence: string }>(
    `INSERT INTO invoice_number_sequences (organisation_id, next_value) VALUES ($1, 2)
     ON CONFLICT (organisation_id) DO UPDATE SET next_value = invoice_number_sequences.next_value + 1
     RETURNING next_value - 1 AS sequence`,
    [invoice.organisation_id],
  );
  const sequence = Number(rows[0].sequence);
  const updated = await tx.query<InvoiceRow>(
    `UPDATE invoices SET status = 'finalized', invoice_sequence = $2, invoice_number = $3, finalized_at = $4 WHERE id = $1 RETURNING *`,
    [id, sequence, invoiceNumber(invoice.organisation_id, invoice.year, sequence), now],
  );
  return updated.rows[0];
}

export async function cancelInvoice(tx: Queryable, id: string): Promise<InvoiceRow> {
  const invoice = await lockInvoice(tx, id);
  if (invoice.status !== 'draft' && invoice.status !== 'finalized') throw moveRefused(invoice, 'cancelled');
  const updated = await tx.query<InvoiceRow>(`UPDATE invoices SET status = 'cancelled' WHERE id = $1 RETURNING *`, [id]);
  return updated.rows[0];
}
