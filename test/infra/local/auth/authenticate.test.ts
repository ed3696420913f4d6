import { beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { authenticate } from '../../../../infra/local/auth/authenticate';
import { UnauthorizedError } from '../../../../infra/local/auth/errors';
import type { LocalIssuer } from '../../../../infra/local/auth/local-issuer';
import { facts, NOW_S, settingsFor, testIssuer } from './support';

async function refusal(promise: Promise<unknown>): Promise<UnauthorizedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthorizedError);
  return error as UnauthorizedError;
}

const NOT_AUTHORIZED = { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] };
const BAD_HEADER = { errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }] };

let issuer: LocalIssuer;
beforeAll(async () => {
  issuer = await testIssuer();
});

describe('API key', () => {
  it('accepts a known unexpired key with a null identity', async () => {
    const auth = await authenticate({ 'x-api-key': 'da2-valid' }, settingsFor(issuer, ['API_KEY']), facts());
    expect(auth).toEqual({ mode: 'API_KEY', identity: null, authTypeName: 'API Key Authorization' });
  });

  it('refuses an unknown key and an expired key with 401', async () => {
    for (const key of ['da2-wrong', 'da2-expired', '']) {
      const error = await refusal(authenticate({ 'x-api-key': key }, settingsFor(issuer, ['API_KEY']), facts()));
      expect(error.status).toBe(401);
      expect(error.body).toEqual(NOT_AUTHORIZED);
      expect(error.headers['x-amzn-ErrorType']).toBe('UnauthorizedException');
    }
  });

  it('refuses a valid key when API_KEY is not one of the modes', async () => {
    const error = await refusal(authenticate({ 'x-api-key': 'da2-valid' }, settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS']), facts()));
    expect(error.body).toEqual(NOT_AUTHORIZED);
  });

  it('refuses a request without credentials', async () => {
    expect((await refusal(authenticate({}, settingsFor(issuer, ['API_KEY']), facts()))).body).toEqual(NOT_AUTHORIZED);
    expect((await refusal(authenticate({}, settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS']), facts()))).body).toEqual(BAD_HEADER);
  });
});

describe('Cognito user pools', () => {
  it('accepts a local ID token and fills ctx.identity as AppSync does', async () => {
    const token = await issuer.mintToken({
      sub: 'user-1',
      groups: ['BUSINESS_OWNER'],
      claims: { 'custom:tenant_id': 'tenant-a', phone_number: '+15550100' },
      issuedAt: NOW_S - 10,
    });
    const auth = await authenticate(
      { Authorization: token, 'X-Forwarded-For': '203.0.113.9' },
      settingsFor(issuer, ['API_KEY', 'AMAZON_COGNITO_USER_POOLS']),
      facts({ sourceIp: '::ffff:127.0.0.1' }),
    );
    expect(auth.mode).toBe('AMAZON_COGNITO_USER_POOLS');
    expect(auth.authTypeName).toBe('User Pool Authorization');
    expect(auth.identity).toMatchObject({
      sub: 'user-1',
      issuer: issuer.issuer,
      username: 'user-1',
      sourceIp: ['203.0.113.9', '127.0.0.1'],
      defaultAuthStrategy: 'ALLOW',
      groups: ['BUSINESS_OWNER'],
      claims: {
        sub: 'user-1',
        'cognito:groups': ['BUSINESS_OWNER'],
        'custom:tenant_id': 'tenant-a',
        phone_number: '+15550100',
        token_use: 'id',
        aud: issuer.appClientId,
        iss: issuer.issuer,
      },
    });
    expect(Object.keys(auth.identity!).sort()).toEqual(['claims', 'defaultAuthStrategy', 'groups', 'issuer', 'sourceIp', 'sub', 'username']);
  });

  it('accepts an access token and gives null groups when the user has none', async () => {
    const token = await issuer.mintToken({ sub: 'user-2', tokenUse: 'access', username: 'bob', issuedAt: NOW_S });
    const auth = await authenticate({ authorization: token }, settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS']), facts());
    expect(auth.identity).toMatchObject({ sub: 'user-2', username: 'bob', groups: null, claims: { token_use: 'access', client_id: issuer.appClientId } });
  });

  it('refuses an expired token with "Token has expired."', async () => {
    const token = await issuer.mintToken({ sub: 'u', issuedAt: NOW_S - 7200, expiresInSeconds: 3600 });
    const error = await refusal(authenticate({ authorization: token }, settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS']), facts()));
    expect(error.status).toBe(401);
    expect(error.body).toEqual({ errors: [{ errorType: 'UnauthorizedException', message: 'Token has expired.' }] });
  });

  it('refuses a token signed by another key, a tampered token, and a token from another issuer', async () => {
    const settings = settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS']);
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ token_use: 'id', aud: issuer.appClientId })
      .setProtectedHeader({ alg: 'RS256', kid: String(issuer.jwks.keys[0].kid) })
      .setSubject('attacker')
      .setIssuer(issuer.issuer)
      .setIssuedAt(NOW_S)
      .setExpirationTime(NOW_S + 600)
      .sign(privateKey);
    const genuine = await issuer.mintToken({ sub: 'u', groups: ['CUSTOMER'], issuedAt: NOW_S });
    const [h, p, s] = genuine.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const tampered = [h, Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['SUPER_ADMIN'] })).toString('base64url'), s].join('.');
    const other = await testIssuer();
    const foreign = await other.mintToken({ sub: 'u', issuedAt: NOW_S });
    for (const token of [forged, tampered, foreign]) {
      expect((await refusal(authenticate({ authorization: token }, settings, facts()))).body).toEqual(BAD_HEADER);
    }
  });

  it('refuses a token for another app client and one with an unknown token_use', async () => {
    const settings = settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS']);
    const wrongClient = await issuer.mintToken({ sub: 'u', claims: { aud: 'someone-else' }, issuedAt: NOW_S });
    const refresh = await issuer.mintToken({ sub: 'u', claims: { token_use: 'refresh' }, issuedAt: NOW_S });
    for (const token of [wrongClient, refresh]) {
      expect((await refusal(authenticate({ authorization: token }, settings, facts()))).body).toEqual(BAD_HEADER);
    }
  });

  it('refuses a Cognito token when Cognito is not enabled, and a non-JWT when only JWT modes are', async () => {
    const token = await issuer.mintToken({ sub: 'u', issuedAt: NOW_S });
    expect((await refusal(authenticate({ authorization: token }, settingsFor(issuer, ['API_KEY']), facts()))).body).toEqual(NOT_AUTHORIZED);
    const garbage = await refusal(authenticate({ authorization: 'Bearer nonsense' }, settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS']), facts()));
    expect(garbage.body).toEqual({ errors: [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }] });
  });

  it('reports a DENY default action in defaultAuthStrategy', async () => {
    const token = await issuer.mintToken({ sub: 'u', issuedAt: NOW_S });
    const settings = settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS']);
    settings.cognito = { ...settings.cognito, defaultAction: 'DENY' };
    const auth = await authenticate({ authorization: token }, settings, facts());
    expect(auth.identity).toMatchObject({ defaultAuthStrategy: 'DENY' });
  });
});

describe('OpenID Connect', () => {
  async function provider() {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'oidc-1', alg: 'RS256' };
    const mint = (claims: Record<string, unknown>, iat = NOW_S) =>
      new SignJWT({ aud: 'oidc-client', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'oidc-1' })
        .setIssuer('https://id.example.test')
        .setSubject('oidc-user')
        .setIssuedAt(iat)
        .setExpirationTime(iat + 600)
        .sign(privateKey);
    return { oidc: { issuer: 'https://id.example.test', clientId: 'oidc-client', jwks: { keys: [jwk] } }, mint };
  }

  it('accepts a token of the provider with {sub, issuer, claims}', async () => {
    const { oidc, mint } = await provider();
    const token = await mint({ email: 'a@example.test' });
    const auth = await authenticate({ authorization: token }, settingsFor(issuer, ['API_KEY', 'OPENID_CONNECT'], { oidc }), facts());
    expect(auth.mode).toBe('OPENID_CONNECT');
    expect(auth.authTypeName).toBe('Open ID Connect Authorization');
    expect(auth.identity).toEqual({ sub: 'oidc-user', issuer: 'https://id.example.test', claims: expect.objectContaining({ email: 'a@example.test' }) });
  });

  it('refuses a wrong audience, an expired token and an iat older than iatTTL', async () => {
    const { oidc, mint } = await provider();
    const settings = settingsFor(issuer, ['OPENID_CONNECT'], { oidc: { ...oidc, iatTTL: 60 } });
    expect((await refusal(authenticate({ authorization: await mint({ aud: 'other' }) }, settings, facts()))).body).toEqual(BAD_HEADER);
    const expired = await refusal(authenticate({ authorization: await mint({}, NOW_S - 3600) }, settings, facts()));
    expect(expired.body.errors[0].message).toBe('Token has expired.');
    const stale = await refusal(authenticate({ authorization: await mint({}, NOW_S - 120) }, settings, facts()));
    expect(stale.body.errors[0].message).toBe('Token has expired.');
  });
});
