import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { loadLocalIssuer } from '../../../../infra/local/auth/local-issuer';
import { parseTokenArgs } from '../../../../scripts/local-token';
import { tempGatewayDir } from './support';

const TSX = resolve('node_modules/.bin/tsx');

describe('local issuer', () => {
  it('makes its keys once and reuses them', async () => {
    const dir = tempGatewayDir();
    const first = await loadLocalIssuer(dir, { region: 'ap-southeast-2' });
    const again = await loadLocalIssuer(dir);
    expect(again.jwks).toEqual(first.jwks);
    expect(again.userPoolId).toBe(first.userPoolId);
    expect(first.userPoolId).toMatch(/^ap-southeast-2_[A-Za-z0-9]{9}$/);
    expect(first.issuer).toBe(`https://cognito-idp.ap-southeast-2.amazonaws.com/${first.userPoolId}`);
    expect(JSON.parse(readFileSync(join(dir, 'auth', 'jwks.json'), 'utf8'))).toEqual(first.jwks);
    expect(readFileSync(join(dir, 'auth', 'private-key.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const token = await again.mintToken({ sub: 's' });
    await expect(jwtVerify(token, createLocalJWKSet(first.jwks as never), { issuer: first.issuer })).resolves.toBeTruthy();
  });

  it('mints Cognito-shaped ID and access tokens', async () => {
    const issuer = await loadLocalIssuer(tempGatewayDir());
    const id = await issuer.mintToken({ sub: 'u-1', groups: ['admin'], claims: { 'custom:org_id': 'org-9' }, expiresInSeconds: 600, issuedAt: 1_800_000_000 });
    expect(decodeProtectedHeader(id)).toEqual({ alg: 'RS256', kid: issuer.jwks.keys[0].kid });
    const { payload } = await jwtVerify(id, createLocalJWKSet(issuer.jwks as never), { currentDate: new Date(1_800_000_100_000) });
    expect(payload).toMatchObject({
      sub: 'u-1',
      'cognito:groups': ['admin'],
      'cognito:username': 'u-1',
      'custom:org_id': 'org-9',
      iss: issuer.issuer,
      aud: issuer.appClientId,
      token_use: 'id',
      auth_time: 1_800_000_000,
      iat: 1_800_000_000,
      exp: 1_800_000_600,
    });
    const access = await issuer.mintToken({ sub: 'u-1', tokenUse: 'access' });
    const claims = JSON.parse(Buffer.from(access.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ token_use: 'access', client_id: issuer.appClientId, username: 'u-1' });
    expect(claims).not.toHaveProperty('aud');
    expect(claims).not.toHaveProperty('cognito:groups');
  });
});

describe('npm run local:token', () => {
  it('prints a token that verifies against the gateway jwks', () => {
    const dir = tempGatewayDir();
    const out = execFileSync(TSX, ['scripts/local-token.ts', '--sub', 'S', '--groups', 'G1,G2', '--claim', 'custom:tenant_id=t-1', '--claim', 'phone_number=+15550100', '--expires', '120'], {
      env: { ...process.env, GATEWAY_DIR: dir },
      encoding: 'utf8',
    });
    const token = out.trim();
    expect(token.split('.')).toHaveLength(3);
    const jwks = JSON.parse(readFileSync(join(dir, 'auth', 'jwks.json'), 'utf8'));
    const pool = JSON.parse(readFileSync(join(dir, 'auth', 'pool.json'), 'utf8'));
    return jwtVerify(token, createLocalJWKSet(jwks), { issuer: `https://cognito-idp.${pool.region}.amazonaws.com/${pool.userPoolId}`, audience: pool.appClientId }).then(({ payload }) => {
      expect(payload).toMatchObject({ sub: 'S', 'cognito:groups': ['G1', 'G2'], 'custom:tenant_id': 't-1', phone_number: '+15550100', token_use: 'id' });
      expect(payload.exp! - payload.iat!).toBe(120);
    });
  });

  it('fails with the usage on bad arguments', () => {
    const result = spawnSync(TSX, ['scripts/local-token.ts', '--groups', 'A'], { env: { ...process.env, GATEWAY_DIR: tempGatewayDir() }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--sub is required');
    expect(() => parseTokenArgs(['--sub', 's', '--claim', 'novalue'])).toThrow(/key=value/);
    expect(() => parseTokenArgs(['--sub', 's', '--expires', '-5'])).toThrow(/--expires/);
    expect(() => parseTokenArgs(['--sub', 's', '--bogus'])).toThrow();
    expect(parseTokenArgs(['--sub', 's', '--access'])).toEqual({ sub: 's', groups: [], claims: {}, expiresInSeconds: 3600, tokenUse: 'access' });
  });
});
