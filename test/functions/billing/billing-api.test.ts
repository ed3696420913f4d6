// The billing API end to end: the real gateway over HTTP, the Lambda authorizer checking project keys, the billing
// Lambda on PGlite (and on the real PostgreSQL server when TEST_DATABASE_URL is set), the hot store on DynamoDB Local.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { backends, createTestDatabase, type TestDatabase } from '../support/databases';
import { call, event, meteredOrganisation, operators, Q, record } from './billing-api';

const DAY_MS = 86_400_000;

describe.each(backends)('billing API on $name', ({ name, available }) => {
  let gw: RepoGateway;
  let database: TestDatabase;
  let ops: Awaited<ReturnType<typeof operators>>;
  let metered: Awaited<ReturnType<typeof meteredOrganisation>>;

  beforeAll(async () => {
    if (!available) return;
    database = await createTestDatabase(name);
    gw = await startRepoGateway({ apps: ['billing'], billing: { databaseUrl: database.url } });
    ops = await operators(gw);
    metered = await meteredOrganisation(gw, ops.admin);
  }, 120_000);
  afterAll(async () => {
    await gw?.close();
    await database?.drop();
  });

  it.skipIf(!available)('refuses an unknown or absent project key with UnauthorizedException', async () => {
    const out = await record(gw, 'not-a-key', [event('k', '1', new Date())]);
    expect(out.errorType).toBe('UnauthorizedException');
  });

  it.skipIf(!available)('keeps the good events of a call, refuses each bad one with its reason, and counts replays once', async () => {
    const now = new Date(Date.now() + gw.clock.offsetMs);
    const good = [event('e1', '10', now), event('e2', '2.5', now), event('e3', '0.125', now, 'storage', 'GB-hours')];
    const bad = [
      event('b1', 'NaN', now),
      event('b2', '-1', now),
      event('b3', 'Infinity', now),
      event('b4', '1', now, 'teleports', 'count'),
      event('b5', '1', new Date(now.getTime() - 4 * DAY_MS)),
      event('b6', '1', new Date(now.getTime() + DAY_MS)),
      { ...event('b7', '1', now), metadata: '[1,2]' },
    ];
    const first = await record(gw, metered.apiKey, [...good, ...bad]);
    expect(first.errors).toBeUndefined();
    expect(first.data.recordUsageEvents).toMatchObject({ accepted: 3, replayed: 0 });
    expect(first.data.recordUsageEvents.refused.map((r: { code: string }) => r.code)).toEqual([
      'InvalidValue', 'InvalidValue', 'InvalidValue', 'UnknownMetric', 'TimestampTooOld', 'TimestampInFuture', 'InvalidMetadata',
    ]);
    const replay = await record(gw, metered.apiKey, [...good, good[0]]);
    expect(replay.data.recordUsageEvents).toMatchObject({ accepted: 4, replayed: 4 });

    const flushed = await call(gw, ops.operator, Q.flush);
    expect(flushed.errors).toBeUndefined();
    expect(flushed.data.flushUsageEvents.inserted).toBe(3);
    const again = await call(gw, ops.operator, Q.flush);
    expect(again.data.flushUsageEvents).toEqual({ read: 0, inserted: 0, duplicates: 0 });

    const usage = await call(gw, ops.viewer, Q.usage, { o: metered.organisationId, m: now.getUTCMonth() + 1, y: now.getUTCFullYear() });
    expect(usage.errors).toBeUndefined();
    expect(usage.data.billingUsage).toEqual([
      { project_id: metered.projectId, metric_name: 'api_calls', unit: 'requests', total_value: '12.5', event_count: '2' },
      { project_id: metered.projectId, metric_name: 'storage', unit: 'GB-hours', total_value: '0.125', event_count: '1' },
    ]);
  });

  it.skipIf(!available)('refuses more than 1,000 events in one call', async () => {
    const now = new Date(Date.now() + gw.clock.offsetMs);
    const out = await record(gw, metered.apiKey, Array.from({ length: 1001 }, (_, i) => event(`many-${i}`, '1', now)));
    expect(out.errorType).toBe('ValidationError');
  });

  it.skipIf(!available)('gates each field by the operator role in admin_users, and never leaks SQL', async () => {
    expect((await call(gw, ops.viewer, Q.generate, { m: 1, y: 2026 })).errorType).toBe('Unauthorized');
    expect((await call(gw, ops.stranger, Q.invoices, { o: metered.organisationId })).errorType).toBe('Unauthorized');
    const bad = await call(gw, ops.viewer, Q.invoices, { o: 'not-a-uuid' });
    expect(bad.errorType).toBe('ValidationError');
    const token = await call(gw, ops.viewer, Q.invoices, { o: metered.organisationId, n: 'garbage' });
    expect(token.errorType).toBe('BadNextToken');
    const dup = await call(gw, ops.admin, 'mutation { createPricingPlan(input: {metric_name: "api_calls", unit: "requests", price_per_unit: "1", currency: "INR", effective_from: "2020-01-01"}) { id } }');
    expect(dup.errorType).toBe('AlreadyExists');
    for (const e of [bad, token, dup]) expect(JSON.stringify(e.errors)).not.toMatch(/SELECT|INSERT|relation|violates/i);
  });

  it.skipIf(!available)('drafts one invoice per organisation and month under racing runs, numbers it at finalization, gaplessly', async () => {
    const now = new Date(Date.now() + gw.clock.offsetMs);
    const [m, y] = [now.getUTCMonth() + 1, now.getUTCFullYear()];
    const runs = await Promise.all([0, 1, 2, 3].map(() => call(gw, ops.operator, Q.generate, { m, y })));
    for (const run of runs) expect(run.errors).toBeUndefined();
    const listed = await call(gw, ops.viewer, Q.invoices, { o: metered.organisationId });
    expect(listed.data.billingInvoices.items).toHaveLength(1);
    const invoice = listed.data.billingInvoices.items[0];
    expect(invoice).toMatchObject({ status: 'draft', invoice_number: null, currency: 'INR' });
    // 12.5 requests at 0.0004 = 0.005 → 0.01 (half-up); 0.125 GB-hours at 0.12 = 0.015 → 0.02.
    expect(invoice.line_items.map((l: { total: string }) => l.total)).toEqual(['0.01', '0.02']);
    expect(invoice.total).toBe('0.03');

    const early = await call(gw, ops.operator, Q.finalize, { id: invoice.id });
    expect(early.errorType).toBe('PeriodOpen');
    expect(early.errors?.[0].errorInfo).toMatchObject({ closesAt: expect.any(String) });

    gw.clock.offsetMs += 40 * DAY_MS;
    const final = await call(gw, ops.operator, Q.finalize, { id: invoice.id });
    expect(final.errors).toBeUndefined();
    expect(final.data.finalizeInvoice).toMatchObject({ status: 'finalized', invoice_sequence: '1', total: '0.03' });
    expect(final.data.finalizeInvoice.invoice_number).toMatch(/-000001$/);
    expect((await call(gw, ops.operator, Q.finalize, { id: invoice.id })).errors?.[0]).toMatchObject({
      errorType: 'InvalidTransition',
      errorInfo: { from: 'finalized', to: 'finalized' },
    });

    // Re-running the month leaves the final invoice as it is.
    const rerun = await call(gw, ops.operator, Q.generate, { m, y });
    expect(rerun.data.generateInvoices.unchanged).toContain(metered.organisationId);
    const after = await call(gw, ops.viewer, Q.invoices, { o: metered.organisationId });
    expect(after.data.billingInvoices.items[0]).toEqual({ ...invoice, status: 'finalized', invoice_number: final.data.finalizeInvoice.invoice_number, invoice_sequence: '1' });

    // Cancelled keeps its number; the month's replacement gets the next one: no gap, no reuse.
    expect((await call(gw, ops.operator, Q.cancel, { id: invoice.id })).errorType).toBe('Unauthorized');
    expect((await call(gw, ops.admin, Q.cancel, { id: invoice.id })).data.cancelInvoice.status).toBe('cancelled');
    await call(gw, ops.operator, Q.generate, { m, y });
    const replacement = (await call(gw, ops.viewer, Q.invoices, { o: metered.organisationId })).data.billingInvoices.items.find((i: { status: string }) => i.status === 'draft');
    const second = await call(gw, ops.operator, Q.finalize, { id: replacement.id });
    expect(second.data.finalizeInvoice.invoice_sequence).toBe('2');
    gw.clock.offsetMs = 0;
  });

  it.skipIf(!available)('renders a final invoice with its template to HTML and PDF, and e-mails it with the PDF attached', async () => {
    const listed = await call(gw, ops.viewer, Q.invoices, { o: metered.organisationId });
    const final = listed.data.billingInvoices.items.find((i: { status: string }) => i.status === 'finalized');
    const db = await gw.billing.database();
    await db.query(
      `INSERT INTO invoice_templates (organisation_id, name, template_type, is_default, html_content, css_content)
       VALUES ($1, 'house', 'html', true, '<h1>{{invoice_number}} for {{organisation_name}}</h1>{{#lines}}<p>{{description}}={{total}}</p>{{/lines}}<style>{{css}}</style>', 'h1{color:red}')`,
      [metered.organisationId],
    );
    await db.query(`UPDATE organisations SET name = '<script>alert(1)</script>' WHERE id = $1`, [metered.organisationId]);
    expect((await call(gw, ops.viewer, Q.render, { id: final.id })).errorType).toBe('Unauthorized');
    const rendered = await call(gw, ops.operator, Q.render, { id: final.id });
    expect(rendered.errors).toBeUndefined();
    const pdfPath = fileURLToPath(rendered.data.renderInvoice.pdf_url);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const html = readFileSync(pdfPath.replace(/\.pdf$/, '.html'), 'utf8');
    expect(html).toContain(`<h1>${final.invoice_number} for &lt;script&gt;alert(1)&lt;/script&gt;</h1>`);
    expect(html).toContain('<p>api_calls (requests)=0.01</p>');
    expect(html).toContain('h1{color:red}');

    const sent = await call(gw, ops.operator, Q.send, { id: final.id });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendInvoice).toMatchObject({ status: 'sent', recipient_email: 'ops@org.example', message_id: expect.stringMatching(/^<.+>$/) });
    const outbox = join(gw.billing.filesDir, 'outbox');
    const eml = readdirSync(outbox).map((f) => readFileSync(join(outbox, f), 'utf8')).find((m) => m.includes(sent.data.sendInvoice.message_id))!;
    expect(eml).toMatch(/^To: ops@org\.example\r$/m);
    expect(eml).toContain(`filename="${final.invoice_number}.pdf"`);

    const draft = listed.data.billingInvoices.items.find((i: { status: string }) => i.status === 'draft');
    if (draft) expect((await call(gw, ops.operator, Q.render, { id: draft.id })).errorType).toBe('InvalidTransition');
  });

  it.skipIf(!available)('evaluates alert rules after each flush, and lets an operator acknowledge what fired', async () => {
    const input = {
      organisation_id: metered.organisationId, name: 'busy day', alert_type: 'usage_threshold', metric_name: 'api_calls', unit: 'requests',
      threshold_value: '1000', threshold_operator: 'gte', comparison_period: 'day', notification_channels: [],
    };
    expect((await call(gw, ops.viewer, Q.createRule, { i: input })).errorType).toBe('Unauthorized');
    expect((await call(gw, ops.operator, Q.createRule, { i: { ...input, alert_type: 'usage_spike' } })).errorType).toBe('ValidationError');
    const created = await call(gw, ops.operator, Q.createRule, { i: input });
    expect(created.errors).toBeUndefined();

    const now = new Date(Date.now() + gw.clock.offsetMs);
    await record(gw, metered.apiKey, [event('alert-1', '600', now), event('alert-2', '500', now)]);
    await call(gw, ops.operator, Q.flush);
    const fired = await call(gw, ops.viewer, Q.alerts, { o: metered.organisationId });
    expect(fired.errors).toBeUndefined();
    expect(fired.data.billingAlertHistory.items).toEqual([expect.objectContaining({ status: 'pending', actual_value: '1112.5', threshold_value: '1000' })]);
    const ack = await call(gw, ops.operator, Q.ack, { id: fired.data.billingAlertHistory.items[0].id });
    expect(ack.data.acknowledgeAlert.status).toBe('acknowledged');
    expect((await call(gw, ops.operator, Q.ack, { id: fired.data.billingAlertHistory.items[0].id })).errorType).toBe('NotFound');
  });

  it.skipIf(!available)('serves operators who call with an operator API key, with their role, and keeps the key kinds apart', async () => {
    const viewer = await call(gw, ops.admin, Q.createOperator, { e: `viewer-${Date.now()}@billing.example`, r: 'viewer' });
    expect(viewer.errors).toBeUndefined();
    const key = await call(gw, ops.admin, Q.createOperatorKey, { u: viewer.data.createAdminUser.id });
    const viewerKey = key.data.createAdminApiKey.key as string;
    expect(viewerKey).toMatch(/^mba_/);
    const asKey = (query: string, variables: Record<string, unknown>) => record(gw, viewerKey, [], query, variables);
    const listed = await asKey(Q.invoices, { o: metered.organisationId });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.billingInvoices.items.length).toBeGreaterThan(0);
    expect((await asKey(Q.generate, { m: 1, y: 2026 })).errorType).toBe('Unauthorized');
    // An operator key records no usage; a project key reads no invoices (the authorizer's deniedFields).
    expect((await asKey(Q.record, { e: [event('op-1', '1', new Date())] })).errorType).toBe('Unauthorized');
    expect((await record(gw, metered.apiKey, [], Q.invoices, { o: metered.organisationId })).errorType).toBe('Unauthorized');
  });

  it.skipIf(!available)('audits every admin mutation with the actor, address and user agent', async () => {
    const log = await call(gw, ops.admin, Q.audit, { o: metered.organisationId });
    expect(log.errors).toBeUndefined();
    const actions = log.data.billingAuditLogs.items.map((i: { action: string }) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['organisation.create', 'project.create', 'api_key.create', 'invoice.finalize', 'invoice.cancel', 'alert_rule.create', 'alert.acknowledge']));
    for (const item of log.data.billingAuditLogs.items) expect(item.user_id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
