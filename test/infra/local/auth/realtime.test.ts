import { describe, expect, it } from 'vitest';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { authenticateRealtime } from '../../../../infra/local/auth/realtime';
import { UnauthorizedError } from '../../../../infra/local/auth/errors';
import { NOW, NOW_S, settingsFor, sharedIssuer } from './support';

/** The IAM `header` object as aws-amplify builds it: a signed POST to /graphql/connect ({}) or /graphql (data). */
async function iamHeader(path: string, body: string) {
  const signer = new SignatureV4({ credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' }, region: 'eu-west-2', service: 'appsync', sha256: Sha256 });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: 'localhost',
      port: 4000,
      path,
      headers: { accept: 'application/json, text/javascript', 'content-encoding': 'amz-1.0', 'content-type': 'application/json; charset=UTF-8', host: 'localhost:4000' },
      body,
    },
    { signingDate: new Date(NOW) },
  );
  return signed.headers;
}

const request = (phase: 'connect' | 'start', data?: string) => ({ phase, data, sourceIp: '127.0.0.1', now: () => NOW });

describe('real-time authentication', () => {
  it('accepts API key and Cognito header objects', async () => {
    const issuer = await sharedIssuer();
    const settings = settingsFor(issuer, ['API_KEY', 'AMAZON_COGNITO_USER_POOLS']);
    expect((await authenticateRealtime({ host: 'localhost:4000', 'x-api-key': 'da2-valid' }, settings, request('connect'))).mode).toBe('API_KEY');
    const token = await issuer.mintToken({ sub: 'u', issuedAt: NOW_S });
    const auth = await authenticateRealtime({ host: 'localhost:4000', Authorization: token }, settings, request('connect'));
    expect(auth.identity).toMatchObject({ sub: 'u', sourceIp: ['127.0.0.1'] });
  });

  it('verifies IAM signatures of the handshake and of each start message', async () => {
    const issuer = await sharedIssuer();
    const settings = settingsFor(issuer, ['AWS_IAM']);
    expect((await authenticateRealtime(await iamHeader('/graphql/connect', '{}'), settings, request('connect'))).mode).toBe('AWS_IAM');
    const data = JSON.stringify({ query: 'subscription { onOrder { id } }', variables: {} });
    expect((await authenticateRealtime(await iamHeader('/graphql', data), settings, request('start', data))).mode).toBe('AWS_IAM');
    await expect(authenticateRealtime(await iamHeader('/graphql', data), settings, request('start', data.replace('id', 'secret')))).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(authenticateRealtime(await iamHeader('/graphql', '{}'), settings, request('connect'))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses a header that is not an object, and a bad key', async () => {
    const settings = settingsFor(await sharedIssuer(), ['API_KEY']);
    for (const header of [null, 'x', ['x-api-key'], { 'x-api-key': 'da2-wrong' }, { 'x-api-key': 42 }]) {
      const error = await authenticateRealtime(header, settings, request('connect')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnauthorizedError);
      expect((error as UnauthorizedError).status).toBe(401);
    }
  });
});
