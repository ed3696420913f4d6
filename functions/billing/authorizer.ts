/**
 * The Lambda authorizer of the billing platform's API keys (the `Authorization` header), by SHA-256:
 * - a project key (api_keys) of an active project of an active organisation: a metered client, which may only record
 *   usage (every operator field is in `deniedFields`);
 * - an operator key (admin_api_keys) of an operator: the operator fields, gated by the operator's role as for Cognito
 *   sign-ins (never the ingestion mutation).
 * The resolvers get who it is in `ctx.identity.resolverContext`. Decisions are cached by AppSync for `ttlOverride`
 * seconds, so a revoked key stops working within a minute.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html (AWS_LAMBDA authorization)
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';
import { FIELD_ROLES, INGESTION_FIELD } from './field-roles';

export const AUTHORIZER_TTL_SECONDS = 60;

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export interface AuthorizerEvent {
  authorizationToken: string;
}

/** What AppSync reads from an authorizer's answer. */
export interface AuthorizerAnswer {
  isAuthorized: boolean;
  resolverContext?: Record<string, string>;
  deniedFields?: string[];
  ttlOverride: number;
}

export async function authorizeApiKey(db: Queryable, event: AuthorizerEvent): Promise<AuthorizerAnswer> {
  const token = event.authorizationToken ?? '';
  const { rows } = await db.query<{ organisation_id: string; project_id: string }>(
    `SELECT p.organisation_id, k.project_id
       FROM api_keys k JOIN projects p ON p.id = k.project_id JOIN organisations o ON o.id = p.organisation_id
      WHERE k.key_hash = $1 AND k.is_active AND p.is_active AND o.is_active`,
    [hashApiKey(token)],
  );
  const match = rows[0];
  if (match) {
    return {
      isAuthorized: true,
      resolverContext: { principal: 'project', organisation_id: match.organisation_id, project_id: match.project_id },
      deniedFields: Object.keys(FIELD_ROLES),
      ttlOverride: AUTHORIZER_TTL_SECONDS,
    };
  }
  const operator = await db.query<{ user_id: string }>('SELECT user_id FROM admin_api_keys WHERE key_hash = $1 AND is_active', [hashApiKey(token)]);
  if (!operator.rows[0]) return { isAuthorized: false, ttlOverride: 0 };
  return {
    isAuthorized: true,
    resolverContext: { principal: 'admin', admin_user_id: operator.rows[0].user_id },
    deniedFields: [INGESTION_FIELD],
    ttlOverride: AUTHORIZER_TTL_SECONDS,
  };
}
