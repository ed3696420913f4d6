/**
 * Verification of the JWTs AppSync accepts in `authorization`: Cognito user pool tokens (ID or access) and
 * OpenID Connect tokens. AppSync expects the raw token, without a "Bearer " prefix.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
 */
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { invalidAuthorizationHeader, tokenExpired } from './errors';
import type { CognitoSettings, OidcSettings } from './types';

/** The payload of a well-formed JWT, unverified; undefined when the value is no JWT at all. */
export function peekJwt(token: string): JWTPayload | undefined {
  try {
    if (!decodeProtectedHeader(token).alg) return undefined;
    return decodeJwt(token);
  } catch {
    return undefined;
  }
}

type KeySource = ReturnType<typeof createLocalJWKSet> | ReturnType<typeof createRemoteJWKSet>;
const localKeySets = new WeakMap<object, KeySource>();
const remoteKeySets = new Map<string, KeySource>();

function keysFor(jwks: CognitoSettings['jwks'] | undefined, issuer: string): KeySource {
  if (!jwks) {
    const url = `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`;
    if (!remoteKeySets.has(url)) remoteKeySets.set(url, createRemoteJWKSet(new URL(url)));
    return remoteKeySets.get(url)!;
  }
  if (!localKeySets.has(jwks)) localKeySets.set(jwks, createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]));
  return localKeySets.get(jwks)!;
}

async function verify(token: string, keys: KeySource, issuer: string, now: number): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'sub'],
      currentDate: new Date(now),
      clockTolerance: 0,
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw tokenExpired();
    throw invalidAuthorizationHeader();
  }
}

/** ctx.identity for AMAZON_COGNITO_USER_POOLS. */
export interface CognitoIdentity {
  sub: string;
  issuer: string;
  username: string;
  claims: JWTPayload;
  sourceIp: string[];
  defaultAuthStrategy: 'ALLOW' | 'DENY';
  groups: string[] | null;
}

/** Verifies a Cognito ID or access token and builds ctx.identity, or throws an UnauthorizedError. */
export async function verifyCognitoToken(token: string, cognito: CognitoSettings, sourceIp: string[], now: number): Promise<CognitoIdentity> {
  const claims = await verify(token, keysFor(cognito.jwks, cognito.issuer), cognito.issuer, now);
  const use = claims.token_use;
  if (use !== 'id' && use !== 'access') throw invalidAuthorizationHeader();
  if (cognito.appClientId) {
    const client = use === 'id' ? claims.aud : claims.client_id;
    const matches = Array.isArray(client) ? client.includes(cognito.appClientId) : client === cognito.appClientId;
    if (!matches) throw invalidAuthorizationHeader();
  }
  const groups = claims['cognito:groups'];
  return {
    sub: claims.sub!,
    issuer: cognito.issuer,
    username: String(claims['cognito:username'] ?? claims.username ?? claims.sub),
    claims,
    sourceIp,
    defaultAuthStrategy: cognito.defaultAction ?? 'ALLOW',
    groups: Array.isArray(groups) ? groups.map(String) : null,
  };
}

/** ctx.identity for OPENID_CONNECT (the shape of AppSyncIdentityOIDC in @aws-appsync/utils). */
export interface OidcIdentity {
  sub: string;
  issuer: string;
  claims: JWTPayload;
}

/** Verifies an OIDC token (audience, iatTTL and authTTL as configured) and builds ctx.identity. */
export async function verifyOidcToken(token: string, oidc: OidcSettings, now: number): Promise<OidcIdentity> {
  const claims = await verify(token, keysFor(oidc.jwks, oidc.issuer), oidc.issuer, now);
  if (oidc.clientId) {
    const matches = Array.isArray(claims.aud) ? claims.aud.includes(oidc.clientId) : claims.aud === oidc.clientId;
    if (!matches) throw invalidAuthorizationHeader();
  }
  const nowSeconds = Math.floor(now / 1000);
  if (oidc.iatTTL && (typeof claims.iat !== 'number' || nowSeconds - claims.iat > oidc.iatTTL)) throw tokenExpired();
  const authTime = claims.auth_time;
  if (oidc.authTTL && (typeof authTime !== 'number' || nowSeconds - authTime > oidc.authTTL)) throw tokenExpired();
  return { sub: claims.sub!, issuer: oidc.issuer, claims };
}
