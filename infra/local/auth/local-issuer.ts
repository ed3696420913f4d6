/**
 * The local stand-in for a Cognito user pool: one RS256 key pair, made once and kept under `<gatewayDir>/auth/`
 * (`jwks.json` public, `private-key.pem` private, `pool.json` the pool's region, id and app client id), and
 * tokens shaped like Cognito's.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importPKCS8, SignJWT, type CryptoKey } from 'jose';
import type { CognitoSettings, JsonWebKeySet } from './types';

export interface PoolConfig {
  region: string;
  userPoolId: string;
  appClientId: string;
}

export interface MintOptions {
  sub: string;
  groups?: string[];
  /** Extra claims, e.g. `custom:tenant_id`, `phone_number`, `email`. They win over the standard ones. */
  claims?: Record<string, unknown>;
  tokenUse?: 'id' | 'access';
  /** Default 3600. */
  expiresInSeconds?: number;
  /** `cognito:username` (ID token) / `username` (access token). Default the sub. */
  username?: string;
  /** Issue time in epoch seconds. Default now. */
  issuedAt?: number;
}

export interface LocalIssuer extends PoolConfig {
  /** `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  issuer: string;
  jwks: JsonWebKeySet;
  mintToken(options: MintOptions): Promise<string>;
  /** The Cognito part of AuthSettings for this pool. */
  cognitoSettings(): CognitoSettings;
}

const alnum = (length: number, alphabet: string): string =>
  Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');

function newPool(region: string): PoolConfig {
  return {
    region,
    userPoolId: `${region}_${alnum(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`,
    appClientId: alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789'),
  };
}

/** Makes the key pair in a scratch folder and renames it into place, so concurrent starts never mix two keys. */
async function createKeys(authDir: string, pool: PoolConfig): Promise<void> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const scratch = `${authDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'jwks.json'), `${JSON.stringify({ keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] }, null, 2)}\n`);
  writeFileSync(join(scratch, 'private-key.pem'), await exportPKCS8(privateKey), { mode: 0o600 });
  writeFileSync(join(scratch, 'pool.json'), `${JSON.stringify(pool, null, 2)}\n`);
  try {
    renameSync(scratch, authDir);
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // another process won the race; use its keys
  }
}

/**
 * Loads (creating on first use) the local issuer of `gatewayDir`. Options given here are written to `pool.json`,
 * so the server's region and client id are what `npm run local:token` uses too.
 */
export async function loadLocalIssuer(gatewayDir: string, options: Partial<PoolConfig> = {}): Promise<LocalIssuer> {
  const authDir = join(gatewayDir, 'auth');
  const files = ['jwks.json', 'private-key.pem', 'pool.json'].map((f) => join(authDir, f));
  if (!files.every((f) => existsSync(f))) {
    rmSync(authDir, { recursive: true, force: true });
    mkdirSync(gatewayDir, { recursive: true });
    await createKeys(authDir, newPool(options.region ?? 'us-east-1'));
  }
  const stored = JSON.parse(readFileSync(files[2], 'utf8')) as PoolConfig;
  const pool: PoolConfig = { ...stored, ...options };
  if (options.region && options.region !== stored.region && !options.userPoolId) pool.userPoolId = `${options.region}_${stored.userPoolId.split('_')[1]}`;
  if (JSON.stringify(pool) !== JSON.stringify(stored)) writeFileSync(files[2], `${JSON.stringify(pool, null, 2)}\n`);
  const jwks = JSON.parse(readFileSync(files[0], 'utf8')) as JsonWebKeySet;
  const privateKey: CryptoKey = await importPKCS8(readFileSync(files[1], 'utf8'), 'RS256');
  const kid = String(jwks.keys[0].kid);
  const issuer = `https://cognito-idp.${pool.region}.amazonaws.com/${pool.userPoolId}`;

  async function mintToken(o: MintOptions): Promise<string> {
    const iat = o.issuedAt ?? Math.floor(Date.now() / 1000);
    const use = o.tokenUse ?? 'id';
    const username = o.username ?? o.sub;
    const standard: Record<string, unknown> = {
      sub: o.sub,
      ...(o.groups && o.groups.length > 0 ? { 'cognito:groups': o.groups } : {}),
      iss: issuer,
      ...(use === 'id'
        ? { 'cognito:username': username, aud: pool.appClientId }
        : { client_id: pool.appClientId, scope: 'aws.cognito.signin.user.admin', username }),
      origin_jti: randomUUID(),
      event_id: randomUUID(),
      token_use: use,
      auth_time: iat,
      exp: iat + (o.expiresInSeconds ?? 3600),
      iat,
      jti: randomUUID(),
    };
    return new SignJWT({ ...standard, ...o.claims }).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
  }

  return {
    ...pool,
    issuer,
    jwks,
    mintToken,
    cognitoSettings: () => ({ userPoolId: pool.userPoolId, issuer, region: pool.region, appClientId: pool.appClientId, jwks }),
  };
}
