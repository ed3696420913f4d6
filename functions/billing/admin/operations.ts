/** Admin mutations: each validates, writes and audits in one transaction. */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/database';
import { hashApiKey } from '../authorizer';
import { BillingError } from '../errors';
import { toGraphql } from '../rows';
import { audit, type RequestFacts } from './audit';
import type { AdminCaller } from './caller';

export interface AdminAct {
  tx: Queryable;
  actor: AdminCaller;
  facts: RequestFacts;
}

const CURRENCY = /^[A-Z]{3}$/;
const DECIMAL = /^\d+(\.\d+)?$/;

function required(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new BillingError('ValidationError', `${name} is required`, { field: name });
  return value.trim();
}

export async function createOrganisation(act: AdminAct, input: { name: string; billing_email: string; currency?: string | null }) {
  const currency = input.currency ?? 'INR';
  if (!CURRENCY.test(currency)) throw new BillingError('ValidationError', 'currency must be an ISO 4217 code', { field: 'currency' });
  if (!/^[^@\s]+@[^@\s]+$/.test(input.billing_email ?? '')) throw new BillingError('ValidationError', 'billing_email is not an e-mail address', { field: 'billing_email' });
  const { rows } = await act.tx.query('INSERT INTO organisations (name, billing_email, currency) VALUES ($1, $2, $3) RETURNING *', [required(input.name, 'name'), input.billing_email, currency]);
  await audit(act.tx, { ...act, action: 'organisation.create', entityType: 'organisation', entityId: rows[0].id as string, organisationId: rows[0].id as string, changes: { after: rows[0] } });
  return toGraphql(rows[0]);
}

export async function createProject(act: AdminAct, input: { organisation_id: string; name: string; description?: string | null }) {
  const org = await act.tx.query('SELECT id FROM organisations WHERE id = $1', [input.organisation_id]);
  if (!org.rows[0]) throw new BillingError('NotFound', 'no such organisation', { organisation_id: input.organisation_id });
  const { rows } = await act.tx.query('INSERT INTO projects (organisation_id, name, description) VALUES ($1, $2, $3) RETURNING *', [input.organisation_id, required(input.name, 'name'), input.description ?? null]);
  await audit(act.tx, { ...act, action: 'project.create', entityType: 'project', entityId: rows[0].id as string, organisationId: input.organisation_id, changes: { after: rows[0] } });
  return toGraphql(rows[0]);
}

/** A new project API key; the key itself is returned once and only its SHA-256 is stored. */
export async function createApiKey(act: AdminAct, input: { project_id: string; name: string }) {
  const project = await act.tx.query<{ organisation_id: string }>('SELECT organisation_id FROM projects WHERE id = $1', [input.project_id]);
  if (!project.rows[0]) throw new BillingError('NotFound', 'no such project', { project_id: input.project_id });
  const key = `mbp_${randomBytes(24).toString('base64url')}`;
  const { rows } = await act.tx.query('INSERT INTO api_keys (project_id, key_hash, name) VALUES ($1, $2, $3) RETURNING id, project_id, name, is_active, created_at', [input.project_id, hashApiKey(key), required(input.name, 'name')]);
  await audit(act.tx, { ...act, action: 'api_key.create', entityType: 'api_key', entityId: rows[0].id as string, organisationId: project.rows[0].organisation_id, changes: { after: rows[0] } });
  return { ...toGraphql(rows[0]), key };
}

export async function createPricingPlan(
  act: AdminAct,
  input: { metric_name: string; unit: string; price_per_unit: string; currency: string; effective_from: string; effective_to?: string | null },
) {
  if (!DECIMAL.test(input.price_per_unit ?? '')) throw new BillingError('ValidationError', 'price_per_unit must be a non-negative decimal', { field: 'price_per_unit' });
  if (!CURRENCY.test(input.currency ?? '')) throw new BillingError('ValidationError', 'currency must be an ISO 4217 code', { field: 'currency' });
  if (input.effective_to && input.effective_to <= input.effective_from) throw new BillingError('ValidationError', 'effective_to must be after effective_from', { field: 'effective_to' });
  const { rows } = await act.tx.query(
    `INSERT INTO pricing_plans (metric_name, unit, price_per_unit, currency, effective_from, effective_to)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (metric_name, unit, currency, effective_from) DO NOTHING RETURNING *`,
    [required(input.metric_name, 'metric_name'), required(input.unit, 'unit'), input.price_per_unit, input.currency, input.effective_from, input.effective_to ?? null],
  );
  if (!rows[0]) throw new BillingError('AlreadyExists', 'a plan for this metric, unit and currency already starts on that date');
  await audit(act.tx, { ...act, action: 'pricing_plan.create', entityType: 'pricing_plan', entityId: rows[0].id as string, organisationId: null, changes: { after: rows[0] } });
  return toGraphql(rows[0]);
}

const ROLES = ['admin', 'operator', 'viewer'];

export async function createAdminUser(act: AdminAct, input: { email: string; role: string }) {
  if (!ROLES.includes(input.role)) throw new BillingError('ValidationError', `role must be one of ${ROLES.join(', ')}`, { field: 'role' });
  if (!/^[^@\s]+@[^@\s]+$/.test(input.email ?? '')) throw new BillingError('ValidationError', 'email is not an e-mail address', { field: 'email' });
  const { rows } = await act.tx.query(
    `INSERT INTO admin_users (email, role) VALUES ($1, $2) ON CONFLICT ((lower(email))) DO NOTHING RETURNING id, email, role, created_at`,
    [input.email, input.role],
  );
  if (!rows[0]) throw new BillingError('AlreadyExists', 'an operator with this e-mail exists');
  await audit(act.tx, { ...act, action: 'admin_user.create', entityType: 'admin_user', entityId: rows[0].id as string, organisationId: null, changes: { after: rows[0] } });
  return toGraphql(rows[0]);
}

/** A new operator API key; the key itself is returned once and only its SHA-256 is stored. */
export async function createAdminApiKey(act: AdminAct, input: { user_id: string; name: string }) {
  const user = await act.tx.query('SELECT 1 FROM admin_users WHERE id = $1', [input.user_id]);
  if (!user.rows[0]) throw new BillingError('NotFound', 'no such operator', { user_id: input.user_id });
  const key = `mba_${randomBytes(24).toString('base64url')}`;
  const { rows } = await act.tx.query('INSERT INTO admin_api_keys (user_id, key_hash, name) VALUES ($1, $2, $3) RETURNING id, user_id, name, is_active, created_at', [input.user_id, hashApiKey(key), required(input.name, 'name')]);
  await audit(act.tx, { ...act, action: 'admin_api_key.create', entityType: 'admin_api_key', entityId: rows[0].id as string, organisationId: null, changes: { after: rows[0] } });
  return { ...toGraphql(rows[0]), key };
}
