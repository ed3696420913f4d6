/** The invoice as a PDF (pdfkit: no browser), from the same data as the HTML rendering. */
import PDFDocument from 'pdfkit';
import type { TemplateData } from './template';

export function renderPdf(data: TemplateData, createdAt: Date): Promise<Buffer> {
  // A fixed creation date: the same invoice renders to the same bytes.
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Invoice ${String(data.invoice_number)}`, CreationDate: createdAt } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(20).text(`Invoice ${String(data.invoice_number)}`);
  doc.moveDown(0.5).fontSize(10).text(`${String(data.organisation_name)} · period ${String(data.period_start)} to ${String(data.period_end)} · due ${String(data.due_date ?? '')}`);
  doc.moveDown();
  for (const line of data.lines ?? []) {
    doc.text(`${String(line.line_number)}. ${String(line.description)}: ${String(line.quantity)} × ${String(line.unit_price)} = ${String(line.total)} ${String(line.currency)}`);
  }
  doc.moveDown().fontSize(12).text(`Total: ${String(data.total)} ${String(data.currency)}`);
  doc.end();
  return done;
}
