/**
 * Billing operators sign in with Cognito (groups admin, operator, viewer, DESIGN.md); the `admin_users` row found by
 * their e-mail is the source of truth for their role, so a role change or removal takes effect at once, without
 * waiting for tokens to expire. Each field names the lowest role allowed (field-roles.ts).
 */
import type { Queryable } from '../../db/database';
import { BillingError } from '../errors';

export type AdminRole = 'viewer' | 'operator' | 'admin';
const RANK: Record<AdminRole, number> = { viewer: 1, operator: 2, admin: 3 };

export interface AdminCaller {
  id: string;
  email: string;
  role: AdminRole;
}

interface CallerIdentity {
  /** Cognito. */
  claims?: { email?: unknown };
  /** An operator API key, through the Lambda authorizer. */
  resolverContext?: { principal?: unknown; admin_user_id?: unknown };
}

async function findCaller(db: Queryable, identity: CallerIdentity | null): Promise<AdminCaller | undefined> {
  const context = identity?.resolverContext;
  if (context?.principal === 'admin' && typeof context.admin_user_id === 'string') {
    return (await db.query<AdminCaller>('SELECT id, email, role FROM admin_users WHERE id = $1', [context.admin_user_id])).rows[0];
  }
  const email = identity?.claims?.email;
  if (typeof email !== 'string' || email === '') throw new BillingError('Unauthorized', 'billing operators sign in with an e-mail claim or an operator API key');
  return (await db.query<AdminCaller>('SELECT id, email, role FROM admin_users WHERE lower(email) = lower($1)', [email])).rows[0];
}

export async function adminCaller(db: Queryable, identity: unknown, needs: AdminRole): Promise<AdminCaller> {
  const caller = await findCaller(db, identity as CallerIdentity | null);
  if (!caller || RANK[caller.role] < RANK[needs]) {
    throw new BillingError('Unauthorized', `this operation needs the ${needs} role`, { needs });
  }
  return caller;
}
