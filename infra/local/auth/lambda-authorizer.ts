/**
 * AWS_LAMBDA authorization: the event AppSync sends, the answer it honours, and its per-token result cache.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_LambdaAuthorizerConfig.html
 *
 * - `identityValidationExpression` must match the whole token, or the function is not called.
 * - `isAuthorized: false` (or a function that fails) answers 401 "You are not authorized to make this call."
 * - A decision is cached per token for `ttlOverride` seconds, else the configured TTL (default 0: no cache),
 *   at most 3600.
 */
import { randomUUID } from 'node:crypto';
import { notAuthorized } from './errors';
import type { LambdaAuthorizerEvent, LambdaAuthorizerResult, LambdaAuthorizerSettings } from './types';

const MAX_TTL_SECONDS = 3600;
const MAX_CACHED_TOKENS = 10_000;

interface CachedDecision {
  result: LambdaAuthorizerResult;
  expiresAt: number;
}

const caches = new WeakMap<LambdaAuthorizerSettings, Map<string, CachedDecision>>();

function cacheFor(settings: LambdaAuthorizerSettings): Map<string, CachedDecision> {
  if (!caches.has(settings)) caches.set(settings, new Map());
  return caches.get(settings)!;
}

/** The GraphQL request the authorizer sees in `requestContext`, read from the raw body when it is JSON. */
export function graphqlRequestOf(body: string | Buffer): { query: string; operationName?: string; variables: Record<string, unknown> } {
  try {
    const parsed = JSON.parse(body.toString()) as Record<string, unknown>;
    const variables = parsed.variables && typeof parsed.variables === 'object' ? (parsed.variables as Record<string, unknown>) : {};
    return {
      query: typeof parsed.query === 'string' ? parsed.query : '',
      ...(typeof parsed.operationName === 'string' ? { operationName: parsed.operationName } : {}),
      variables,
    };
  } catch {
    return { query: '', variables: {} };
  }
}

export interface AuthorizerCall {
  token: string;
  apiId: string;
  accountId: string;
  requestId?: string;
  body: string | Buffer;
  headers: Record<string, string>;
  now: number;
}

export function authorizerEvent(call: AuthorizerCall): LambdaAuthorizerEvent {
  const request = graphqlRequestOf(call.body);
  return {
    authorizationToken: call.token,
    requestContext: {
      apiId: call.apiId,
      accountId: call.accountId,
      requestId: call.requestId ?? randomUUID(),
      queryString: request.query,
      ...(request.operationName !== undefined ? { operationName: request.operationName } : {}),
      variables: request.variables,
    },
    requestHeaders: call.headers,
  };
}

function normalise(raw: unknown): LambdaAuthorizerResult | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.isAuthorized !== 'boolean') return undefined;
  const context = r.resolverContext;
  const denied = r.deniedFields;
  return {
    isAuthorized: r.isAuthorized,
    ...(context && typeof context === 'object' && !Array.isArray(context) ? { resolverContext: context as Record<string, string> } : {}),
    ...(Array.isArray(denied) ? { deniedFields: denied.filter((d): d is string => typeof d === 'string') } : {}),
    ...(typeof r.ttlOverride === 'number' && Number.isFinite(r.ttlOverride) ? { ttlOverride: r.ttlOverride } : {}),
  };
}

const FIELD_ARN = /^arn:aws:appsync:[^:]*:[^:]*:apis\/([^/]+)\/types\/([^/]+)\/fields\/([^/]+)$/;

/**
 * `deniedFields` as `Type.field`: ARN entries name their API, so those of other APIs sharing the authorizer are
 * dropped and ours are shortened.
 */
export function deniedFieldsFor(apiId: string, deniedFields: string[]): string[] {
  return deniedFields.flatMap((entry) => {
    const arn = FIELD_ARN.exec(entry);
    if (!arn) return entry.startsWith('arn:') ? [] : [entry];
    return arn[1] === apiId ? [`${arn[2]}.${arn[3]}`] : [];
  });
}

function fullMatch(expression: string, token: string): boolean {
  try {
    return new RegExp(`^(?:${expression})$`).test(token);
  } catch {
    return false;
  }
}

function remember(cache: Map<string, CachedDecision>, token: string, decision: CachedDecision, now: number): void {
  if (cache.size >= MAX_CACHED_TOKENS) {
    for (const [key, entry] of cache) if (entry.expiresAt <= now) cache.delete(key);
    if (cache.size >= MAX_CACHED_TOKENS) cache.delete(cache.keys().next().value!);
  }
  cache.set(token, decision);
}

/** Asks the authorizer (or its cache) about a token; returns an authorized result or throws an UnauthorizedError. */
export async function runLambdaAuthorizer(settings: LambdaAuthorizerSettings, call: AuthorizerCall): Promise<LambdaAuthorizerResult> {
  if (settings.identityValidationExpression !== undefined && !fullMatch(settings.identityValidationExpression, call.token)) {
    throw notAuthorized();
  }
  const cache = cacheFor(settings);
  const cached = cache.get(call.token);
  let result: LambdaAuthorizerResult | undefined;
  if (cached && cached.expiresAt > call.now) {
    result = cached.result;
  } else {
    cache.delete(call.token);
    try {
      result = normalise(await settings.handler(authorizerEvent(call)));
    } catch {
      result = undefined;
    }
    if (!result) throw notAuthorized();
    const ttl = Math.min(Math.max(result.ttlOverride ?? settings.ttlSeconds ?? 0, 0), MAX_TTL_SECONDS);
    if (ttl > 0) remember(cache, call.token, { result, expiresAt: call.now + ttl * 1000 }, call.now);
  }
  if (!result.isAuthorized) throw notAuthorized();
  return result;
}
