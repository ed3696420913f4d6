/**
 * Renders a final invoice with its template (the invoice's, else the organisation's default, else the platform's,
 * else the built-in one) to HTML and to PDF, stores both, and records `pdf_url` and `pdf_generated_at` (the only
 * columns of a final invoice that may still change).
 */
import type { Queryable } from '../../db/database';
import { BillingError } from '../errors';
import type { DocumentStore } from '../files';
import { toGraphql } from '../rows';
import { renderPdf } from './pdf';
import { BUILT_IN_TEMPLATE, renderTemplate, type TemplateData } from './template';

export interface RenderedInvoice {
  invoice: Record<string, unknown>;
  html: string;
  pdf: Buffer;
  data: TemplateData;
}

async function templateFor(db: Queryable, invoice: { template_id: string | null; organisation_id: string }) {
  const { rows } = await db.query<{ html_content: string; css_content: string | null }>(
    `SELECT html_content, css_content FROM invoice_templates
      WHERE is_active AND (id = $1 OR (is_default AND (organisation_id = $2 OR organisation_id IS NULL)))
      ORDER BY (id = $1) DESC NULLS LAST, (organisation_id IS NOT NULL) DESC LIMIT 1`,
    [invoice.template_id, invoice.organisation_id],
  );
  return rows[0] ? { html: rows[0].html_content, css: rows[0].css_content } : BUILT_IN_TEMPLATE;
}

export async function renderInvoice(db: Queryable, store: DocumentStore, id: string, now: Date): Promise<RenderedInvoice> {
  const { rows } = await db.query<Record<string, unknown> & { template_id: string | null; organisation_id: string; status: string; finalized_at: Date }>(
    `SELECT i.*, o.name AS organisation_name, o.billing_email FROM invoices i JOIN organisations o ON o.id = i.organisation_id WHERE i.id = $1`,
    [id],
  );
  const invoice = rows[0];
  if (!invoice) throw new BillingError('NotFound', 'no such invoice', { id });
  if (invoice.status === 'draft' || invoice.invoice_number === null) {
    throw new BillingError('InvalidTransition', 'only a finalized invoice is rendered', { from: invoice.status, to: 'rendered' });
  }
  const { rows: lines } = await db.query('SELECT line_number, description, quantity, unit_price, total, currency FROM invoice_line_items WHERE invoice_id = $1 ORDER BY line_number', [id]);
  const data: TemplateData = { ...toGraphql(invoice), lines };
  const template = await templateFor(db, invoice);
  const html = renderTemplate(template.html, template.css, data);
  const pdf = await renderPdf(data, invoice.finalized_at);
  const base = `invoices/${invoice.organisation_id}/${String(invoice.invoice_number)}`;
  await store.put(`${base}.html`, Buffer.from(html), 'text/html; charset=utf-8');
  const pdfUrl = await store.put(`${base}.pdf`, pdf, 'application/pdf');
  const updated = await db.query('UPDATE invoices SET pdf_url = $2, pdf_generated_at = $3 WHERE id = $1 RETURNING *', [id, pdfUrl, now]);
  return { invoice: toGraphql(updated.rows[0]), html, pdf, data };
}
