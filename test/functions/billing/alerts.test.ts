// Alert rules of every type, their cooldown under concurrent evaluators, and signed webhooks with retries, on PGlite
// and the real server; webhooks go to a real HTTP server on loopback.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../../functions/billing/alerts/evaluate';
import { signWebhook } from '../../../functions/billing/alerts/webhook';
import { backends } from '../support/databases';
import { billingFixture, newOrganisation, type BillingFixture } from './billing-fixture';

const SECRET = 'test-webhook-secret';
const NOW = new Date('2030-05-15T12:30:00Z'); // a Wednesday
const HOUR = 3_600_000;
const webhook = { secret: SECRET, backoffMs: [20, 20] };

interface Received {
  body: string;
  signature: string;
}

/** A webhook receiver that answers the given statuses in turn (then 200). */
function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ body, signature: String(req.headers['x-billing-signature']) });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return {
    received,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    start: () => new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r())),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe.each(backends)('alerts on $name', ({ name, available }) => {
  let fx: BillingFixture;
  const hook = receiver();
  beforeAll(async () => {
    if (!available) return;
    fx = await billingFixture(name);
    await hook.start();
  }, 60_000);
  afterAll(async () => {
    await hook.close();
    await fx?.close();
  });

  async function usage(org: { organisationId: string; projectId: string }, entries: [Date, number][]) {
    for (const [at, value] of entries) {
      await fx.db.query(
        `INSERT INTO usage_events (organisation_id, project_id, metric_name, metric_value, unit, "timestamp", idempotency_key)
         VALUES ($1, $2, 'api_calls', $3, 'requests', $4, $5)`,
        [org.organisationId, org.projectId, value, at, randomUUID()],
      );
    }
  }

  async function rule(organisationId: string, fields: Record<string, unknown>) {
    const r: Record<string, unknown> = { alert_type: 'usage_threshold', metric_name: 'api_calls', unit: 'requests', threshold_operator: 'gt', comparison_period: 'day', cooldown_minutes: 60, notification_channels: ['webhook'], webhook_url: hook.url(), ...fields };
    const { rows } = await fx.db.query<{ id: string }>(
      `INSERT INTO alert_rules (organisation_id, name, alert_type, metric_name, unit, threshold_value, threshold_operator, comparison_period,
                                spike_threshold_percent, spike_comparison_period, notification_channels, webhook_url, cooldown_minutes)
       VALUES ($1, 'r', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [organisationId, r.alert_type, r.metric_name, r.unit, r.threshold_value, r.threshold_operator, r.comparison_period, r.spike_threshold_percent ?? null, r.spike_comparison_period ?? null, r.notification_channels, r.webhook_url, r.cooldown_minutes],
    );
    return rows[0].id;
  }

  const history = async (organisationId: string) =>
    (await fx.db.query<{ status: string; actual_value: string; metadata: { attempts: unknown[] }; period_start: Date }>('SELECT * FROM alert_history WHERE organisation_id = $1 ORDER BY created_at', [organisationId])).rows;

  it.skipIf(!available)('fires a usage threshold once per cooldown, however many evaluators race, with a signed webhook', async () => {
    const org = await newOrganisation(fx.db);
    await usage(org, [[new Date(NOW.getTime() - HOUR), 60], [new Date(NOW.getTime() - 2 * HOUR), 50], [new Date(NOW.getTime() - 30 * HOUR), 500]]);
    await rule(org.organisationId, { threshold_value: '100' });
    const before = hook.received.length;
    const runs = await Promise.all(Array.from({ length: 6 }, () => evaluateAlerts(fx.db, { now: NOW, organisationIds: [org.organisationId], webhook })));
    expect(runs.flat()).toHaveLength(1);
    const [fired] = await history(org.organisationId);
    expect(fired).toMatchObject({ status: 'sent', actual_value: '110' });
    expect(fired.period_start.toISOString()).toBe('2030-05-15T00:00:00.000Z');
    const delivered = hook.received.slice(before);
    expect(delivered).toHaveLength(1);
    const { t } = Object.fromEntries(delivered[0].signature.split(',').map((p) => p.split('='))) as { t: string };
    expect(delivered[0].signature).toBe(signWebhook(SECRET, Number(t), delivered[0].body));
    expect(JSON.parse(delivered[0].body)).toMatchObject({ organisation_id: org.organisationId, actual_value: '110', alert_type: 'usage_threshold' });

    expect(await evaluateAlerts(fx.db, { now: new Date(NOW.getTime() + 30 * 60_000), organisationIds: [org.organisationId], webhook })).toEqual([]);
    expect(await evaluateAlerts(fx.db, { now: new Date(NOW.getTime() + 61 * 60_000), organisationIds: [org.organisationId], webhook })).toHaveLength(1);
  });

  it.skipIf(!available)('prices usage for a cost threshold, in the organisation currency', async () => {
    const org = await newOrganisation(fx.db);
    await usage(org, [[new Date(NOW.getTime() - HOUR), 1_000_000]]); // × 0.0004 INR = 400
    await rule(org.organisationId, { alert_type: 'cost_threshold', threshold_value: '399.99', threshold_operator: 'gte', metric_name: null, unit: null });
    await evaluateAlerts(fx.db, { now: NOW, organisationIds: [org.organisationId], webhook });
    expect((await history(org.organisationId)).map((h) => Number(h.actual_value))).toEqual([400]);
  });

  it.skipIf(!available)('fires a spike against the same hour a day earlier, and not below the percent', async () => {
    const spiking = await newOrganisation(fx.db);
    await usage(spiking, [[new Date(NOW.getTime() - 24 * HOUR), 100], [NOW, 250]]);
    await rule(spiking.organisationId, { alert_type: 'usage_spike', comparison_period: 'hour', spike_comparison_period: 'day', spike_threshold_percent: '100', threshold_value: '0', threshold_operator: 'gte' });
    const calm = await newOrganisation(fx.db);
    await usage(calm, [[new Date(NOW.getTime() - 24 * HOUR), 100], [NOW, 120]]);
    await rule(calm.organisationId, { alert_type: 'usage_spike', comparison_period: 'hour', spike_comparison_period: 'day', spike_threshold_percent: '100', threshold_value: '0', threshold_operator: 'gte' });
    await evaluateAlerts(fx.db, { now: NOW, organisationIds: [spiking.organisationId, calm.organisationId], webhook });
    expect((await history(spiking.organisationId)).map((h) => h.actual_value)).toEqual(['150']);
    expect(await history(calm.organisationId)).toEqual([]);
  });

  it.skipIf(!available)('fires an unusual pattern when the day is far from the previous week', async () => {
    const org = await newOrganisation(fx.db);
    const week = [100, 110, 90, 105, 95, 100, 100].map((v, i): [Date, number] => [new Date(NOW.getTime() - (i + 1) * 24 * HOUR), v]);
    await usage(org, [...week, [NOW, 400]]);
    await rule(org.organisationId, { alert_type: 'unusual_pattern', threshold_value: '3' });
    await evaluateAlerts(fx.db, { now: NOW, organisationIds: [org.organisationId], webhook });
    const [fired] = await history(org.organisationId);
    expect(Number(fired.actual_value)).toBeGreaterThan(3);
  });

  it.skipIf(!available)('retries a failing webhook, keeping every attempt, and ends failed when none succeeds', async () => {
    const flaky = receiver([500, 503]);
    const dead = receiver([500, 500, 500]);
    await flaky.start();
    await dead.start();
    try {
      const a = await newOrganisation(fx.db);
      const b = await newOrganisation(fx.db);
      await usage(a, [[NOW, 5]]);
      await usage(b, [[NOW, 5]]);
      await rule(a.organisationId, { threshold_value: '1', webhook_url: flaky.url() });
      await rule(b.organisationId, { threshold_value: '1', webhook_url: dead.url() });
      await evaluateAlerts(fx.db, { now: NOW, organisationIds: [a.organisationId, b.organisationId], webhook });
      const [sent] = await history(a.organisationId);
      expect(sent.status).toBe('sent');
      expect(sent.metadata.attempts.map((x) => (x as { status: number }).status)).toEqual([500, 503, 200]);
      const [failed] = await history(b.organisationId);
      expect(failed).toMatchObject({ status: 'failed' });
      expect(failed.metadata.attempts).toHaveLength(3);
    } finally {
      await flaky.close();
      await dead.close();
    }
  });
});
