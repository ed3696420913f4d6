/** Every admin mutation writes one `audit_logs` row in its own transaction: the change, the actor, IP and user agent. */
import type { Queryable } from '../../db/database';
import type { AdminCaller } from './caller';

export interface RequestFacts {
  ip: string | null;
  userAgent: string | null;
}

/** The client's address and agent from the request headers AppSync passes (first X-Forwarded-For hop). */
export function requestFacts(headers: Record<string, unknown> | null | undefined): RequestFacts {
  const h = headers ?? {};
  const forwarded = typeof h['x-forwarded-for'] === 'string' ? h['x-forwarded-for'].split(',')[0].trim() : '';
  const agent = typeof h['user-agent'] === 'string' ? h['user-agent'].slice(0, 1024) : null;
  return { ip: forwarded ? forwarded.slice(0, 45) : null, userAgent: agent };
}

export async function audit(
  tx: Queryable,
  entry: { actor: AdminCaller; facts: RequestFacts; action: string; entityType: string; entityId: string | null; organisationId: string | null; changes: unknown },
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_logs (organisation_id, entity_type, entity_id, action, user_id, changes, ip_address, user_agent)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [entry.organisationId, entry.entityType, entry.entityId, entry.action, entry.actor.id, JSON.stringify(entry.changes ?? {}), entry.facts.ip, entry.facts.userAgent],
  );
}
