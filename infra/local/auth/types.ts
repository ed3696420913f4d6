/**
 * Shapes shared by the local AppSync auth layer.
 *
 * Terms:
 * - auth mode: one of AppSync's five authorization types; an API has one default and any additional ones.
 * - identity: `ctx.identity` exactly as AppSync fills it for the mode that authorized the request.
 * - Lambda authorizer: a function deciding on an opaque `authorization` token, optionally with a
 *   `resolverContext` for resolvers and `deniedFields` forced to null.
 */
import type { AuthTypeName } from '../runtime/invocation';

export type AuthMode = 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS' | 'AWS_IAM' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

export const AUTH_MODES: readonly AuthMode[] = [
  'API_KEY',
  'AMAZON_COGNITO_USER_POOLS',
  'AWS_IAM',
  'OPENID_CONNECT',
  'AWS_LAMBDA',
];

/** What `util.authType()` answers per mode. */
export const AUTH_TYPE_NAMES: Record<AuthMode, AuthTypeName> = {
  API_KEY: 'API Key Authorization',
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  AWS_IAM: 'IAM Authorization',
  OPENID_CONNECT: 'Open ID Connect Authorization',
  AWS_LAMBDA: 'Lambda Authorization',
};

export interface ApiKey {
  /** The key as clients send it in `x-api-key` (AppSync keys look like `da2-...`). */
  id: string;
  /** Expiry in epoch seconds; the key is refused from this second on. */
  expires: number;
}

export interface CognitoSettings {
  userPoolId: string;
  /** `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  issuer: string;
  region: string;
  /** When set, ID tokens must carry it as `aud` and access tokens as `client_id`. */
  appClientId?: string;
  /** The keys tokens are verified against (the local issuer's jwks.json). */
  jwks: JsonWebKeySet;
  /** The user pool's default action; DENY only lets Cognito users reach fields that name them. Default ALLOW. */
  defaultAction?: 'ALLOW' | 'DENY';
}

export interface OidcSettings {
  issuer: string;
  /** When set, tokens must carry it as `aud`. */
  clientId?: string;
  /** The provider's public keys; without them they are fetched from `<issuer>/.well-known/jwks.json`. */
  jwks?: JsonWebKeySet;
  /** Max seconds since `iat` (AppSync's iatTTL); 0 or absent: no limit. */
  iatTTL?: number;
  /** Max seconds since `auth_time` (AppSync's authTTL); 0 or absent: no limit. */
  authTTL?: number;
}

export interface JsonWebKeySet {
  keys: Array<Record<string, unknown>>;
}

export interface IamCredential {
  accessKeyId: string;
  secretAccessKey: string;
  /** Account the credential belongs to (ctx.identity.accountId). Default `000000000000`. */
  accountId?: string;
  /** ctx.identity.userArn. Default `arn:aws:iam::<accountId>:user/local`. */
  userArn?: string;
  /** ctx.identity.username (the principal id). Default the access key id. */
  username?: string;
}

/** The event AppSync sends a Lambda authorizer. */
export interface LambdaAuthorizerEvent {
  authorizationToken: string;
  requestContext: {
    apiId: string;
    accountId: string;
    requestId: string;
    queryString: string;
    operationName?: string;
    variables: Record<string, unknown>;
  };
  requestHeaders: Record<string, string>;
}

/** What a Lambda authorizer answers. */
export interface LambdaAuthorizerResult {
  isAuthorized: boolean;
  resolverContext?: Record<string, string>;
  deniedFields?: string[];
  ttlOverride?: number;
}

export interface LambdaAuthorizerSettings {
  handler: (event: LambdaAuthorizerEvent) => Promise<LambdaAuthorizerResult>;
  /** Seconds a decision is cached per token (0-3600); the handler's ttlOverride wins. Default 0 (no cache). */
  ttlSeconds?: number;
  /** A regular expression the whole token must match before the handler is called. */
  identityValidationExpression?: string;
}

export interface AuthSettings {
  default: AuthMode;
  additional: AuthMode[];
  apiKeys: ApiKey[];
  cognito: CognitoSettings;
  oidc?: OidcSettings;
  iam: IamCredential[];
  lambdaAuthorizer?: LambdaAuthorizerSettings;
  /** Region SigV4 requests must be signed for. Default `cognito.region`. */
  region?: string;
  /** API id, for the Lambda event and `deniedFields` ARNs. Default `local`. */
  apiId?: string;
  /** Account id, for the Lambda event. Default `000000000000`. */
  accountId?: string;
}

/** The outcome of authenticating one request. */
export interface RequestAuth {
  mode: AuthMode;
  /** ctx.identity exactly as AppSync fills it for `mode`; null for API keys. */
  identity: object | null;
  /** From the Lambda authorizer. */
  resolverContext?: Record<string, string>;
  /** From the Lambda authorizer, as `Type.field` (ARNs of this API shortened, of other APIs dropped). */
  deniedFields?: string[];
  authTypeName: AuthTypeName;
}

/** Request facts that are not headers. */
export interface RequestFacts {
  method: string;
  /** The request target as received: path plus optional query string. */
  path: string;
  /** Used when the headers carry no `host`. */
  host?: string;
  /** The raw body exactly as received (SigV4 signs it byte for byte). */
  body: string | Buffer;
  /** The TCP peer address. */
  sourceIp: string;
  /** Clock in ms since the epoch; injectable so tests control time. Default Date.now. */
  now?: () => number;
  /** Request id for the Lambda event. Default a random UUID. */
  requestId?: string;
}

export type HeaderValue = string | string[] | undefined;
export type RequestHeaders = Record<string, HeaderValue>;
