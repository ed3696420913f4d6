/**
 * invoice_templates rendering: `{{name}}` inserts a variable HTML-escaped, `{{#lines}}...{{/lines}}` repeats its body
 * per line item (with the line's fields as variables), `{{css}}` the template's CSS. Nothing else is evaluated, so a
 * template cannot run code or inject markup through data.
 */
export type TemplateData = Record<string, unknown> & { lines?: Record<string, unknown>[] };

const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function fill(text: string, vars: Record<string, unknown>): string {
  return text.replace(/\{\{\s*([a-zA-Z_][\w.]*)\s*\}\}/g, (_, name: string) => escapeHtml(vars[name]));
}

export function renderTemplate(html: string, css: string | null, data: TemplateData): string {
  const withLines = html.replace(/\{\{#lines\}\}([\s\S]*?)\{\{\/lines\}\}/g, (_, body: string) =>
    (data.lines ?? []).map((line) => fill(body, { ...data, ...line })).join(''),
  );
  // CSS is the template author's, not data: inserted as is, inside <style>.
  return fill(withLines.replace(/\{\{\s*css\s*\}\}/g, () => (css ?? '').replace(/<\/style/gi, '')), data);
}

/** Used when neither the organisation nor the platform has a default template. */
export const BUILT_IN_TEMPLATE = {
  html: `<!doctype html>
<html><head><meta charset="utf-8"><title>Invoice {{invoice_number}}</title><style>{{css}}</style></head>
<body>
<h1>Invoice {{invoice_number}}</h1>
<p>{{organisation_name}} &middot; billing period {{period_start}} to {{period_end}} &middot; due {{due_date}}</p>
<table>
<thead><tr><th>#</th><th>Description</th><th>Quantity</th><th>Unit price</th><th>Total</th></tr></thead>
<tbody>{{#lines}}<tr><td>{{line_number}}</td><td>{{description}}</td><td>{{quantity}}</td><td>{{unit_price}}</td><td>{{total}} {{currency}}</td></tr>{{/lines}}</tbody>
<tfoot><tr><td colspan="4">Total</td><td>{{total}} {{currency}}</td></tr></tfoot>
</table>
</body></html>
`,
  css: 'body{font-family:sans-serif}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:4px;text-align:left}',
};
