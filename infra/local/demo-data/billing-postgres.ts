/**
 * Billing demo data in PostgreSQL for `npm start`: the organisations and projects the hot-store demo events name
 * (billing.ts), prices for their metrics, one operator of each role, and a project API key for each project
 * (`demo-key-<project id>`, only its SHA-256 stored). Idempotent: rows that exist are left alone.
 */
import type { Database } from '../../../functions/db/database';
import { hashApiKey } from '../../../functions/billing/authorizer';
import { BILLING_DEMO_ORGANISATIONS } from './billing';

/** Operators for `npm run local:token -- --email <email> --groups <role>`. */
export const BILLING_DEMO_OPERATORS = [
  { email: 'admin@billing.example', role: 'admin' },
  { email: 'operator@billing.example', role: 'operator' },
  { email: 'viewer@billing.example', role: 'viewer' },
] as const;

export const BILLING_DEMO_PRICES = [
  { metric_name: 'api_calls', unit: 'requests', price_per_unit: '0.0004', currency: 'INR' },
  { metric_name: 'storage', unit: 'GB-hours', price_per_unit: '0.12', currency: 'INR' },
  { metric_name: 'compute_time', unit: 'seconds', price_per_unit: '0.000021', currency: 'USD' },
] as const;

export const demoProjectKey = (projectId: string): string => `demo-key-${projectId}`;

export async function loadBillingDemo(db: Database, log: (line: string) => void = () => undefined): Promise<void> {
  await db.transaction(async (tx) => {
    for (const org of BILLING_DEMO_ORGANISATIONS) {
      await tx.query(
        `INSERT INTO organisations (id, name, billing_email, currency) VALUES ($1, $2, $3, 'INR') ON CONFLICT (id) DO NOTHING`,
        [org.id, org.name, `billing@${org.name.toLowerCase().replace(/[^a-z]+/g, '-')}.example`],
      );
      for (const [i, projectId] of org.projects.entries()) {
        await tx.query(`INSERT INTO projects (id, organisation_id, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`, [projectId, org.id, `${org.name} project ${i + 1}`]);
        await tx.query(`INSERT INTO api_keys (project_id, key_hash, name) VALUES ($1, $2, 'demo') ON CONFLICT (key_hash) DO NOTHING`, [projectId, hashApiKey(demoProjectKey(projectId))]);
      }
    }
    for (const p of BILLING_DEMO_PRICES) {
      await tx.query(
        `INSERT INTO pricing_plans (metric_name, unit, price_per_unit, currency, effective_from) VALUES ($1, $2, $3, $4, '2020-01-01')
         ON CONFLICT (metric_name, unit, currency, effective_from) DO NOTHING`,
        [p.metric_name, p.unit, p.price_per_unit, p.currency],
      );
    }
    await tx.query(
      `INSERT INTO exchange_rates (base_currency, target_currency, rate, effective_from, source) VALUES ('USD', 'INR', '83.25', '2020-01-01', 'manual')
       ON CONFLICT (base_currency, target_currency, effective_from) DO NOTHING`,
    );
    for (const op of BILLING_DEMO_OPERATORS) {
      await tx.query(`INSERT INTO admin_users (email, role) VALUES ($1, $2) ON CONFLICT ((lower(email))) DO NOTHING`, [op.email, op.role]);
    }
  });
  log(`billing demo: ${BILLING_DEMO_ORGANISATIONS.length} organisations, prices, operators ${BILLING_DEMO_OPERATORS.map((o) => o.email).join(', ')}`);
}
