/**
 * Picks the auth mode of one request the way AppSync does and checks its credentials.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 *
 * - `x-api-key` -> API_KEY (known and unexpired).
 * - `authorization: AWS4-HMAC-SHA256 ...` -> AWS_IAM (SigV4, service `appsync`, over the raw body).
 * - `authorization: <JWT>` -> AMAZON_COGNITO_USER_POOLS or OPENID_CONNECT, by the token's issuer; a JWT from
 *   neither goes to the Lambda authorizer when there is one.
 * - any other `authorization` -> AWS_LAMBDA.
 * Only modes that are the API's default or additional ones are accepted. Whether the chosen mode may read a
 * given field is the directives' business (directives.ts).
 */
import { invalidAuthorizationHeader, notAuthorized, unparsableJwt } from './errors';
import { peekJwt, verifyCognitoToken, verifyOidcToken } from './jwt';
import { deniedFieldsFor, runLambdaAuthorizer } from './lambda-authorizer';
import { SIGV4_ALGORITHM, verifySigV4 } from './sigv4';
import {
  AUTH_TYPE_NAMES,
  type AuthMode,
  type AuthSettings,
  type LambdaAuthorizerSettings,
  type RequestAuth,
  type RequestFacts,
  type RequestHeaders,
} from './types';

const DEFAULT_ACCOUNT_ID = '000000000000';

function lowerCased(headers: RequestHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return out;
}

/** AppSync's sourceIp: the `x-forwarded-for` chain, then the TCP peer. */
function sourceIps(headers: Record<string, string>, peer: string): string[] {
  const forwarded = (headers['x-forwarded-for'] ?? '').split(',').map((ip) => ip.trim()).filter(Boolean);
  return [...forwarded, peer.replace(/^::ffff:/, '')];
}

function granted(mode: AuthMode, identity: object | null, extra: Partial<RequestAuth> = {}): RequestAuth {
  return { mode, identity, authTypeName: AUTH_TYPE_NAMES[mode], ...extra };
}

function iamIdentity(settings: AuthSettings, accessKeyId: string, sourceIp: string[]): object {
  const credential = settings.iam.find((c) => c.accessKeyId === accessKeyId)!;
  const accountId = credential.accountId ?? settings.accountId ?? DEFAULT_ACCOUNT_ID;
  return {
    accountId,
    cognitoIdentityPoolId: null,
    cognitoIdentityId: null,
    sourceIp,
    username: credential.username ?? accessKeyId,
    userArn: credential.userArn ?? `arn:aws:iam::${accountId}:user/local`,
    cognitoIdentityAuthType: null,
    cognitoIdentityAuthProvider: null,
  };
}

function byIam(settings: AuthSettings, facts: RequestFacts, headers: Record<string, string>, sourceIp: string[], now: number): RequestAuth {
  const secrets = new Map(settings.iam.map((c) => [c.accessKeyId, c.secretAccessKey]));
  const { accessKeyId } = verifySigV4(
    { method: facts.method, path: facts.path, headers, body: facts.body },
    { service: 'appsync', region: settings.region ?? settings.cognito.region, now, secretFor: (id) => secrets.get(id) },
  );
  return granted('AWS_IAM', iamIdentity(settings, accessKeyId, sourceIp));
}

async function byLambda(
  settings: AuthSettings,
  authorizer: LambdaAuthorizerSettings,
  token: string,
  facts: RequestFacts,
  headers: Record<string, string>,
  now: number,
): Promise<RequestAuth> {
  const apiId = settings.apiId ?? 'local';
  const accountId = settings.accountId ?? DEFAULT_ACCOUNT_ID;
  const result = await runLambdaAuthorizer(authorizer, { token, apiId, accountId, requestId: facts.requestId, body: facts.body, headers, now });
  const resolverContext = result.resolverContext ?? {};
  const deniedFields = result.deniedFields ? { deniedFields: deniedFieldsFor(apiId, result.deniedFields) } : {};
  return granted('AWS_LAMBDA', { resolverContext }, { resolverContext, ...deniedFields });
}

/** Authenticates one request; resolves to its RequestAuth or rejects with an UnauthorizedError. */
export async function authenticate(rawHeaders: RequestHeaders, settings: AuthSettings, facts: RequestFacts): Promise<RequestAuth> {
  const headers = lowerCased(rawHeaders);
  if (!headers.host && facts.host) headers.host = facts.host;
  const enabled = new Set<AuthMode>([settings.default, ...settings.additional]);
  const now = facts.now?.() ?? Date.now();
  const sourceIp = sourceIps(headers, facts.sourceIp);
  const apiKey = headers['x-api-key'];
  const authorization = headers.authorization ?? '';

  if (apiKey !== undefined && (enabled.has('API_KEY') || !authorization)) {
    const key = enabled.has('API_KEY') ? settings.apiKeys.find((k) => k.id === apiKey) : undefined;
    if (!key || key.expires <= Math.floor(now / 1000)) throw notAuthorized();
    return granted('API_KEY', null);
  }

  if (!authorization) {
    const jwtDefault = settings.default === 'AMAZON_COGNITO_USER_POOLS' || settings.default === 'OPENID_CONNECT';
    throw jwtDefault ? invalidAuthorizationHeader() : notAuthorized();
  }

  if (authorization.startsWith(SIGV4_ALGORITHM)) {
    if (!enabled.has('AWS_IAM')) throw notAuthorized();
    return byIam(settings, facts, headers, sourceIp, now);
  }

  const jwt = peekJwt(authorization);
  if (jwt && enabled.has('AMAZON_COGNITO_USER_POOLS') && jwt.iss === settings.cognito.issuer) {
    return granted('AMAZON_COGNITO_USER_POOLS', await verifyCognitoToken(authorization, settings.cognito, sourceIp, now));
  }
  if (jwt && enabled.has('OPENID_CONNECT') && settings.oidc && jwt.iss === settings.oidc.issuer) {
    return granted('OPENID_CONNECT', await verifyOidcToken(authorization, settings.oidc, now));
  }
  if (enabled.has('AWS_LAMBDA') && settings.lambdaAuthorizer) {
    return byLambda(settings, settings.lambdaAuthorizer, authorization, facts, headers, now);
  }
  if (enabled.has('AMAZON_COGNITO_USER_POOLS') || enabled.has('OPENID_CONNECT')) {
    throw jwt ? invalidAuthorizationHeader() : unparsableJwt();
  }
  throw notAuthorized();
}
