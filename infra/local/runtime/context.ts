/**
 * The `ctx` a handler receives, and the identity shapes of every auth mode.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 *
 * Terms:
 * - request context: what the GraphQL layer knows about one field resolution (arguments, identity,
 *   source, info, headers, env) plus the stash, created once per resolver execution.
 * - handler context: the object one handler call sees; built fresh for every call (so a handler
 *   cannot change `ctx.args` for the next one) but sharing the one stash of the execution.
 */
import type {
  AppSyncIdentityCognito,
  AppSyncIdentityIAM,
  AppSyncIdentityLambda,
  AppSyncIdentityOIDC,
  Identity,
  Info,
  Request,
} from '@aws-appsync/utils';
import type { AuthTypeName } from './invocation';

export type { Identity, Info, Request };

export interface ResolverContext {
  arguments: Record<string, unknown>;
  args: Record<string, unknown>;
  identity: Identity;
  source: unknown;
  stash: Record<string, unknown>;
  prev?: { result: unknown };
  result?: unknown;
  error?: { message: string; type: string };
  info: Info;
  request: Request;
  env: Record<string, string>;
}

export interface RequestContextInput {
  arguments?: Record<string, unknown>;
  identity?: Identity;
  source?: unknown;
  stash?: Record<string, unknown>;
  info?: Partial<Info>;
  request?: Partial<Request>;
  env?: Record<string, string>;
}

export type RequestContext = Omit<ResolverContext, 'prev' | 'result' | 'error'>;

export function createRequestContext(input: RequestContextInput = {}): RequestContext {
  const args = input.arguments ?? {};
  return {
    arguments: args,
    args,
    identity: input.identity ?? null,
    source: input.source ?? null,
    stash: input.stash ?? {},
    info: {
      fieldName: input.info?.fieldName ?? '',
      parentTypeName: input.info?.parentTypeName ?? '',
      variables: input.info?.variables ?? {},
      selectionSetList: input.info?.selectionSetList ?? [],
      selectionSetGraphQL: input.info?.selectionSetGraphQL ?? '',
    },
    request: { headers: input.request?.headers ?? {}, domainName: input.request?.domainName ?? null },
    env: input.env ?? {},
  };
}

/** A fresh handler context over the request context; `prev`, `result`, `error` only when given. */
export function handlerContext(
  base: RequestContext,
  extra: { prev?: { result: unknown }; result?: unknown; error?: { message: string; type: string } } = {},
): ResolverContext {
  const ctx: ResolverContext = { ...base };
  if (extra.prev) ctx.prev = extra.prev;
  if ('result' in extra) ctx.result = extra.result;
  if (extra.error) ctx.error = extra.error;
  return ctx;
}

/** Cognito user pools: claims of the verified token. */
export function cognitoIdentity(claims: Record<string, unknown>, sourceIp: string[] = [], defaultAuthStrategy = 'ALLOW'): AppSyncIdentityCognito {
  const groups = claims['cognito:groups'];
  return {
    sub: String(claims.sub ?? ''),
    issuer: String(claims.iss ?? ''),
    username: String(claims['cognito:username'] ?? claims.username ?? claims.sub ?? ''),
    claims,
    sourceIp,
    defaultAuthStrategy,
    groups: Array.isArray(groups) ? groups.map(String) : null,
  };
}

/** OpenID Connect: sub, issuer and all claims. */
export function oidcIdentity(claims: Record<string, unknown>): AppSyncIdentityOIDC {
  return { sub: String(claims.sub ?? ''), issuer: String(claims.iss ?? ''), claims };
}

/** IAM (SigV4) caller. */
export function iamIdentity(identity: Partial<AppSyncIdentityIAM> & { accountId: string; userArn: string }): AppSyncIdentityIAM {
  return {
    cognitoIdentityPoolId: '',
    cognitoIdentityId: '',
    sourceIp: [],
    username: identity.userArn,
    cognitoIdentityAuthType: '',
    cognitoIdentityAuthProvider: '',
    ...identity,
  };
}

/** Lambda authorizer: the `resolverContext` the authorizer returned. */
export function lambdaIdentity(resolverContext: Record<string, unknown>): AppSyncIdentityLambda {
  return { resolverContext };
}

/** Best guess of util.authType() from an identity alone (callers that know the mode pass it). */
export function inferAuthType(identity: Identity): AuthTypeName {
  if (!identity) return 'API Key Authorization';
  if ('resolverContext' in identity) return 'Lambda Authorization';
  if ('accountId' in identity || 'userArn' in identity) return 'IAM Authorization';
  if ('defaultAuthStrategy' in identity || 'username' in identity) return 'User Pool Authorization';
  return 'Open ID Connect Authorization';
}
