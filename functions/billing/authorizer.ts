/**
 * The Lambda authorizer of metered clients: the `Authorization` header is a project API key; its SHA-256 must be an
 * active key of an active project of an active organisation. The resolvers get the organisation and project in
 * `ctx.identity.resolverContext`. Decisions are cached by AppSync for `ttlOverride` seconds, so a revoked key stops
 * working within a minute.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html (AWS_LAMBDA authorization)
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

export const AUTHORIZER_TTL_SECONDS = 60;

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export interface AuthorizerEvent {
  authorizationToken: string;
}

export async function authorizeProjectKey(db: Queryable, event: AuthorizerEvent) {
  const token = event.authorizationToken ?? '';
  const { rows } = await db.query<{ organisation_id: string; project_id: string }>(
    `SELECT p.organisation_id, k.project_id
       FROM api_keys k JOIN projects p ON p.id = k.project_id JOIN organisations o ON o.id = p.organisation_id
      WHERE k.key_hash = $1 AND k.is_active AND p.is_active AND o.is_active`,
    [hashApiKey(token)],
  );
  const match = rows[0];
  if (!match) return { isAuthorized: false, ttlOverride: 0 };
  return {
    isAuthorized: true,
    resolverContext: { principal: 'project', organisation_id: match.organisation_id, project_id: match.project_id },
    ttlOverride: AUTHORIZER_TTL_SECONDS,
  };
}
