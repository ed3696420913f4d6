/**
 * Who the caller is, from ctx.identity alone, and what they may see. Roles are the Cognito groups SUPER_ADMIN,
 * BUSINESS_OWNER (claim `custom:tenant_id`), DELIVERY_AGENT (sub = agent_id) and CUSTOMER (claim `phone_number`); a
 * user in several groups acts with the highest. IAM callers are our backend, API-key callers the public.
 * Every refusal is `util.unauthorized()`, the same whether or not the record exists.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html (identity)
 */
import { util } from '@aws-appsync/utils';

export type Role = 'SUPER_ADMIN' | 'BUSINESS_OWNER' | 'DELIVERY_AGENT' | 'CUSTOMER' | 'BACKEND' | 'PUBLIC' | 'NONE';

export interface Caller {
  role: Role;
  /** Cognito sub ('' when none). */
  sub: string;
  /** `custom:tenant_id` of a business owner ('' when none). */
  tenantId: string;
  /** `phone_number` of the token ('' when none). */
  phone: string;
}

type Record_ = Record<string, unknown>;

const RANKED: Role[] = ['SUPER_ADMIN', 'BUSINESS_OWNER', 'DELIVERY_AGENT', 'CUSTOMER'];

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function callerOf(identity: unknown): Caller {
  const id = identity as { sub?: string; groups?: string[] | null; claims?: Record_ } | null | undefined;
  if (util.authType() === 'IAM Authorization') return { role: 'BACKEND', sub: '', tenantId: '', phone: '' };
  if (!id || !id.sub) return { role: 'PUBLIC', sub: '', tenantId: '', phone: '' };
  const groups = id.groups ?? [];
  const role = RANKED.find((r) => groups.indexOf(r) >= 0) ?? 'NONE';
  const claims = id.claims ?? {};
  return { role, sub: id.sub, tenantId: text(claims['custom:tenant_id']), phone: text(claims.phone_number) };
}

/** The caller, refused unless they hold one of `roles`. */
export function requireRole(identity: unknown, roles: Role[]): Caller {
  const caller = callerOf(identity);
  if (roles.indexOf(caller.role) < 0) util.unauthorized();
  return caller;
}

/** Super admins manage every tenant, an owner only their own. */
export function managesTenant(caller: Caller, tenantId: unknown): boolean {
  if (caller.role === 'SUPER_ADMIN') return true;
  return caller.role === 'BUSINESS_OWNER' && caller.tenantId !== '' && caller.tenantId === tenantId;
}

export function requireTenant(identity: unknown, tenantId: unknown): Caller {
  const caller = callerOf(identity);
  if (!managesTenant(caller, tenantId)) util.unauthorized();
  return caller;
}

/**
 * The tenant a manager acts on: an owner's own (a different `requested` one is refused), a super admin's `requested`
 * (required).
 */
export function actingTenant(caller: Caller, requested: string | null | undefined): string {
  if (caller.role === 'BUSINESS_OWNER' && caller.tenantId !== '') {
    if (requested && requested !== caller.tenantId) util.unauthorized();
    return caller.tenantId;
  }
  if (caller.role !== 'SUPER_ADMIN') util.unauthorized();
  if (!requested) util.error('tenant_id is required', 'ValidationError');
  return requested as string;
}

/** An order is seen by its customer, its tenant's managers, its assigned agent and the backend. */
export function seesOrder(caller: Caller, order: Record_): boolean {
  if (caller.role === 'BACKEND' || managesTenant(caller, order.tenant_id)) return true;
  if (caller.role === 'CUSTOMER') return caller.phone !== '' && caller.phone === order.customer_phone;
  if (caller.role === 'DELIVERY_AGENT') return caller.sub === order.delivery_agent_id;
  return false;
}

/** A delivery is seen by its agent, its customer, its tenant's managers and the backend. */
export function seesDelivery(caller: Caller, delivery: Record_): boolean {
  if (caller.role === 'BACKEND' || managesTenant(caller, delivery.tenant_id)) return true;
  if (caller.role === 'CUSTOMER') return caller.phone !== '' && caller.phone === delivery.customer_phone;
  if (caller.role === 'DELIVERY_AGENT') return caller.sub === delivery.agent_id;
  return false;
}

/** Refuses unless `record` exists and `sees` it: a missing record and a forbidden one look the same. */
export function requireVisible(record: unknown, visible: boolean): Record_ {
  if (!record || !visible) util.unauthorized();
  return record as Record_;
}
