import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLocalIssuer, type LocalIssuer } from '../../../../infra/local/auth/local-issuer';
import type { AuthMode, AuthSettings, RequestFacts } from '../../../../infra/local/auth/types';

export const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
export const NOW_S = Math.floor(NOW / 1000);

export function tempGatewayDir(): string {
  return mkdtempSync(join(tmpdir(), 'gw-auth-'));
}

export async function testIssuer(): Promise<LocalIssuer> {
  return loadLocalIssuer(tempGatewayDir(), { region: 'eu-west-2' });
}

export function settingsFor(issuer: LocalIssuer, modes: AuthMode[], extra: Partial<AuthSettings> = {}): AuthSettings {
  return {
    default: modes[0],
    additional: modes.slice(1),
    apiKeys: [
      { id: 'da2-valid', expires: NOW_S + 3600 },
      { id: 'da2-expired', expires: NOW_S - 1 },
    ],
    cognito: issuer.cognitoSettings(),
    iam: [{ accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret', accountId: '123456789012' }],
    region: 'eu-west-2',
    ...extra,
  };
}

export function facts(extra: Partial<RequestFacts> = {}): RequestFacts {
  return { method: 'POST', path: '/graphql', host: 'localhost:4000', body: '{"query":"{ a }"}', sourceIp: '127.0.0.1', now: () => NOW, ...extra };
}

let shared: Promise<LocalIssuer> | undefined;
/** One issuer for a whole test file (key generation is the slow part). */
export function sharedIssuer(): Promise<LocalIssuer> {
  shared ??= testIssuer();
  return shared;
}
