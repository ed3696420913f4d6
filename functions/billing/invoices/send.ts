/**
 * Sends a final invoice to the organisation's billing e-mail: the rendered HTML as the body and the PDF attached.
 * Each send is an `email_notifications` row: written `pending` before the mail leaves, then `sent` with its
 * Message-ID, or `failed` with the error (so a crash in between leaves a visible pending row, never a silent send).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database';
import type { DocumentStore, Mailer } from '../files';
import { toGraphql } from '../rows';
import { renderInvoice } from './documents';

export const BILLING_SENDER = 'billing@metrics-billing.example';

function mime(to: string, subject: string, messageId: string, html: string, pdf: Buffer, pdfName: string, now: Date): string {
  const boundary = `b-${randomUUID()}`;
  const wrap = (b64: string) => b64.replace(/.{1,76}/g, '$&\r\n');
  return [
    `From: ${BILLING_SENDER}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Date: ${now.toUTCString()}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(Buffer.from(html).toString('base64')),
    `--${boundary}`,
    `Content-Type: application/pdf; name="${pdfName}"`,
    `Content-Disposition: attachment; filename="${pdfName}"`,
    'Content-Transfer-Encoding: base64',
    '',
    wrap(pdf.toString('base64')),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

export async function sendInvoice(db: Database, deps: { store: DocumentStore; mailer: Mailer }, id: string, now: Date) {
  const rendered = await renderInvoice(db, deps.store, id, now);
  const { data } = rendered;
  const to = String(data.billing_email);
  const subject = `Invoice ${String(data.invoice_number)} from Metrics Billing`;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO email_notifications (organisation_id, invoice_id, recipient_email, subject) VALUES ($1, $2, $3, $4) RETURNING id`,
    [data.organisation_id, id, to, subject],
  );
  const notificationId = rows[0].id;
  const messageId = `<${notificationId}@metrics-billing.example>`;
  try {
    const sentId = await deps.mailer.send(mime(to, subject, messageId, rendered.html, rendered.pdf, `${String(data.invoice_number)}.pdf`, now), messageId);
    const sent = await db.query(`UPDATE email_notifications SET status = 'sent', sent_at = $2, message_id = $3 WHERE id = $1 RETURNING *`, [notificationId, now, sentId]);
    return toGraphql(sent.rows[0]);
  } catch (error) {
    const failed = await db.query(`UPDATE email_notifications SET status = 'failed', error_message = $2 WHERE id = $1 RETURNING *`, [notificationId, (error as Error).message]);
    return toGraphql(failed.rows[0]);
  }
}
