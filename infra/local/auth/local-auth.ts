/**
 * Everything the local gateway needs to authenticate, from the `auth` part of a config
 * (`{"default": "API_KEY", "additional": ["AMAZON_COGNITO_USER_POOLS"]}`): the local Cognito issuer, an API key
 * and an IAM credential. The key and credential are made once and kept in `<gatewayDir>/local-credentials.json`
 * so clients keep working across restarts; the API key is renewed when it expires (AppSync keys live at most
 * 365 days).
 *
 * AppSync's configuration rules: API_KEY, AWS_LAMBDA and AWS_IAM appear at most once across default and
 * additional modes, and locally there is one user pool and one OIDC provider, so no mode may repeat.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLocalIssuer, type LocalIssuer } from './local-issuer';
import { AUTH_MODES, type ApiKey, type AuthMode, type AuthSettings, type IamCredential, type LambdaAuthorizerSettings, type OidcSettings } from './types';

const DAY_S = 24 * 60 * 60;

export interface LocalAuthConfig {
  default: AuthMode;
  additional?: AuthMode[];
  /** Region of the local user pool and of SigV4 signatures. Default: the pool's stored region (first `us-east-1`). */
  region?: string;
  apiId?: string;
  accountId?: string;
  oidc?: OidcSettings;
  lambdaAuthorizer?: LambdaAuthorizerSettings;
  cognitoDefaultAction?: 'ALLOW' | 'DENY';
}

/** A configuration AppSync would not accept. */
export class AuthConfigError extends Error {
  readonly errorType = 'BadRequestException';
  constructor(message: string) {
    super(message);
    this.name = 'AuthConfigError';
  }
}

const isMode = (value: unknown): value is AuthMode => typeof value === 'string' && (AUTH_MODES as readonly string[]).includes(value);

/** Checks the `auth` part of a config; throws an AuthConfigError naming the problem. */
export function checkAuthConfig(config: LocalAuthConfig): void {
  if (!isMode(config?.default)) throw new AuthConfigError(`auth.default must be one of ${AUTH_MODES.join(', ')}; got ${JSON.stringify(config?.default)}`);
  const additional = config.additional ?? [];
  if (!Array.isArray(additional)) throw new AuthConfigError('auth.additional must be a list of auth modes');
  const bad = additional.find((m) => !isMode(m));
  if (bad !== undefined) throw new AuthConfigError(`auth.additional: ${JSON.stringify(bad)} is not one of ${AUTH_MODES.join(', ')}`);
  const all = [config.default, ...additional];
  const repeated = all.find((m, i) => all.indexOf(m) !== i);
  if (repeated) throw new AuthConfigError(`auth mode ${repeated} is listed more than once`);
  if (all.includes('AWS_LAMBDA') && typeof config.lambdaAuthorizer?.handler !== 'function') {
    throw new AuthConfigError('AWS_LAMBDA needs lambdaAuthorizer.handler');
  }
  if (all.includes('OPENID_CONNECT') && !config.oidc?.issuer) throw new AuthConfigError('OPENID_CONNECT needs oidc.issuer');
}

interface StoredCredentials {
  apiKey: ApiKey;
  iam: { accessKeyId: string; secretAccessKey: string };
}

const token = (length: number, alphabet: string): string => Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const newApiKey = (nowS: number): ApiKey => ({ id: `da2-${token(26, LOWER)}`, expires: nowS + 365 * DAY_S });

function loadCredentials(gatewayDir: string, nowS: number): StoredCredentials {
  const path = join(gatewayDir, 'local-credentials.json');
  let stored: StoredCredentials | undefined;
  if (existsSync(path)) {
    try {
      stored = JSON.parse(readFileSync(path, 'utf8')) as StoredCredentials;
    } catch {
      stored = undefined;
    }
  }
  const fresh: StoredCredentials = {
    apiKey: stored?.apiKey?.id && stored.apiKey.expires > nowS + DAY_S ? stored.apiKey : newApiKey(nowS),
    iam: stored?.iam?.accessKeyId && stored.iam.secretAccessKey ? stored.iam : { accessKeyId: `AKIA${token(16, UPPER)}`, secretAccessKey: randomBytes(30).toString('base64') },
  };
  if (JSON.stringify(fresh) !== JSON.stringify(stored)) {
    mkdirSync(gatewayDir, { recursive: true });
    writeFileSync(path, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600 });
  }
  return fresh;
}

export interface LocalAuth {
  settings: AuthSettings;
  apiKey: ApiKey;
  iam: IamCredential;
  issuer: LocalIssuer;
}

/** Builds the AuthSettings of the local gateway, making the issuer, API key and IAM credential on first use. */
export async function localAuth(gatewayDir: string, config: LocalAuthConfig, now: number = Date.now()): Promise<LocalAuth> {
  checkAuthConfig(config);
  const issuer = await loadLocalIssuer(gatewayDir, config.region ? { region: config.region } : {});
  const region = issuer.region;
  const stored = loadCredentials(gatewayDir, Math.floor(now / 1000));
  const accountId = config.accountId ?? '000000000000';
  const iam: IamCredential = { ...stored.iam, accountId };
  const settings: AuthSettings = {
    default: config.default,
    additional: config.additional ?? [],
    apiKeys: [stored.apiKey],
    cognito: { ...issuer.cognitoSettings(), ...(config.cognitoDefaultAction ? { defaultAction: config.cognitoDefaultAction } : {}) },
    ...(config.oidc ? { oidc: config.oidc } : {}),
    iam: [iam],
    ...(config.lambdaAuthorizer ? { lambdaAuthorizer: config.lambdaAuthorizer } : {}),
    region,
    apiId: config.apiId ?? 'local',
    accountId,
  };
  return { settings, apiKey: stored.apiKey, iam, issuer };
}
