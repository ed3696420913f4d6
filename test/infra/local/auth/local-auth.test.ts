import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { authenticate } from '../../../../infra/local/auth/authenticate';
import { AuthConfigError, checkAuthConfig, localAuth, type LocalAuthConfig } from '../../../../infra/local/auth/local-auth';
import { tempGatewayDir } from './support';

const DAY = 24 * 60 * 60 * 1000;

describe('local auth settings', () => {
  it('makes an API key, an IAM credential and a user pool once, and keeps them', async () => {
    const dir = tempGatewayDir();
    const first = await localAuth(dir, { default: 'API_KEY', additional: ['AMAZON_COGNITO_USER_POOLS'], region: 'eu-west-2' });
    expect(first.apiKey.id).toMatch(/^da2-[a-z0-9]{26}$/);
    expect(first.iam.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(first.settings).toMatchObject({ default: 'API_KEY', additional: ['AMAZON_COGNITO_USER_POOLS'], region: 'eu-west-2', apiKeys: [first.apiKey] });
    expect(first.settings.cognito.issuer).toMatch(/^https:\/\/cognito-idp\.eu-west-2\.amazonaws\.com\/eu-west-2_/);
    const again = await localAuth(dir, { default: 'API_KEY' });
    expect(again.apiKey).toEqual(first.apiKey);
    expect(again.iam).toEqual(first.iam);
    expect(again.settings.cognito).toEqual(first.settings.cognito);
    expect(statSync(join(dir, 'local-credentials.json')).mode & 0o777).toBe(0o600);
    const ok = await authenticate({ 'x-api-key': first.apiKey.id }, again.settings, { method: 'POST', path: '/graphql', body: '{}', sourceIp: '127.0.0.1' });
    expect(ok.mode).toBe('API_KEY');
    const token = await first.issuer.mintToken({ sub: 'u' });
    const cognito = await authenticate({ authorization: token }, first.settings, { method: 'POST', path: '/graphql', body: '{}', sourceIp: '127.0.0.1' });
    expect(cognito.mode).toBe('AMAZON_COGNITO_USER_POOLS');
  });

  it('renews the API key when it is about to expire', async () => {
    const dir = tempGatewayDir();
    const first = await localAuth(dir, { default: 'API_KEY' });
    const later = await localAuth(dir, { default: 'API_KEY' }, Date.now() + 365 * DAY);
    expect(later.apiKey.id).not.toBe(first.apiKey.id);
    expect(JSON.parse(readFileSync(join(dir, 'local-credentials.json'), 'utf8')).apiKey).toEqual(later.apiKey);
  });

  it('refuses configurations AppSync would refuse', () => {
    const bad: unknown[] = [
      {},
      { default: 'COGNITO' },
      { default: 'API_KEY', additional: 'AWS_IAM' },
      { default: 'API_KEY', additional: ['API_KEY'] },
      { default: 'AWS_IAM', additional: ['API_KEY', 'API_KEY'] },
      { default: 'AWS_LAMBDA' },
      { default: 'API_KEY', additional: ['OPENID_CONNECT'] },
    ];
    for (const config of bad) {
      expect(() => checkAuthConfig(config as LocalAuthConfig)).toThrow(AuthConfigError);
    }
    expect(() => checkAuthConfig({ default: 'AWS_LAMBDA', lambdaAuthorizer: { handler: async () => ({ isAuthorized: true }) } })).not.toThrow();
  });
});
