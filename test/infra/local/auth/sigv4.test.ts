import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { authenticate } from '../../../../infra/local/auth/authenticate';
import { UnauthorizedError } from '../../../../infra/local/auth/errors';
import { facts, NOW, settingsFor, sharedIssuer } from './support';

const BODY = JSON.stringify({ query: 'mutation P($id: ID!) { publishOrder(id: $id) { id } }', variables: { id: 'o-1' } });

/** Signs like aws-amplify and the AWS SDKs do (the SDK's own SigV4 signer), at `at` ms. */
async function signed(
  body: string,
  { secret = 'local-secret', accessKeyId = 'AKIDLOCAL', region = 'eu-west-2', service = 'appsync', at = NOW, path = '/graphql', query = {} as Record<string, string> } = {},
) {
  const signer = new SignatureV4({ credentials: { accessKeyId, secretAccessKey: secret }, region, service, sha256: Sha256 });
  const request = await signer.sign(
    { method: 'POST', protocol: 'https:', hostname: 'localhost', port: 4000, path, query, headers: { host: 'localhost:4000', 'content-type': 'application/json', accept: '*/*' }, body },
    { signingDate: new Date(at) },
  );
  return request.headers as Record<string, string>;
}

async function attempt(headers: Record<string, string>, body: string, path = '/graphql') {
  const issuer = await sharedIssuer();
  return authenticate(headers, settingsFor(issuer, ['API_KEY', 'AWS_IAM']), facts({ body, path }));
}

async function refusal(promise: Promise<unknown>): Promise<UnauthorizedError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnauthorizedError);
  return error as UnauthorizedError;
}

describe('AWS_IAM (SigV4)', () => {
  it('accepts a request signed with a local credential and fills the IAM identity', async () => {
    const auth = await attempt({ ...(await signed(BODY)), 'x-forwarded-for': '10.0.0.1' }, BODY);
    expect(auth.mode).toBe('AWS_IAM');
    expect(auth.authTypeName).toBe('IAM Authorization');
    expect(auth.identity).toEqual({
      accountId: '123456789012',
      cognitoIdentityPoolId: null,
      cognitoIdentityId: null,
      sourceIp: ['10.0.0.1', '127.0.0.1'],
      username: 'AKIDLOCAL',
      userArn: 'arn:aws:iam::123456789012:user/local',
      cognitoIdentityAuthType: null,
      cognitoIdentityAuthProvider: null,
    });
  });

  it('accepts a signed query string', async () => {
    const headers = await signed(BODY, { query: { b: '2 3', a: "it's" } });
    expect((await attempt(headers, BODY, "/graphql?b=2%203&a=it%27s")).mode).toBe('AWS_IAM');
  });

  it('refuses a body changed after signing', async () => {
    const headers = await signed(BODY);
    const error = await refusal(attempt(headers, BODY.replace('o-1', 'o-2')));
    expect(error.status).toBe(403);
    expect(error.errorType).toBe('InvalidSignatureException');
    expect(error.message).toMatch(/^The request signature we calculated does not match the signature you provided\./);
  });

  it('refuses a changed signed header, a wrong secret, another service and another region', async () => {
    const headers = await signed(BODY);
    expect((await refusal(attempt({ ...headers, host: 'evil:4000' }, BODY))).errorType).toBe('InvalidSignatureException');
    for (const options of [{ secret: 'wrong' }, { service: 'execute-api' }, { region: 'us-east-1' }]) {
      expect((await refusal(attempt(await signed(BODY, options), BODY))).errorType).toBe('InvalidSignatureException');
    }
  });

  it('refuses an unknown access key', async () => {
    const error = await refusal(attempt(await signed(BODY, { accessKeyId: 'AKIDUNKNOWN' }), BODY));
    expect(error.body).toEqual({ errors: [{ errorType: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' }] });
  });

  it('refuses a signature older than 5 minutes', async () => {
    const error = await refusal(attempt(await signed(BODY, { at: NOW - 6 * 60 * 1000 }), BODY));
    expect(error.message).toBe('Signature expired: 20261122T115400Z is now earlier than 20261122T115500Z (20261122T120000Z - 5 min.)');
  });

  it('refuses a malformed AWS4 header with IncompleteSignatureException', async () => {
    const error = await refusal(attempt({ authorization: 'AWS4-HMAC-SHA256 Credential=AKIDLOCAL/20261122/eu-west-2/appsync/aws4_request', 'x-amz-date': '20261122T120000Z' }, BODY));
    expect(error.errorType).toBe('IncompleteSignatureException');
  });

  it('refuses a valid signature when IAM is not enabled', async () => {
    const issuer = await sharedIssuer();
    const error = await refusal(authenticate(await signed(BODY), settingsFor(issuer, ['API_KEY']), facts({ body: BODY })));
    expect(error.status).toBe(401);
  });
});

describe('SigV4 canonical form (property)', () => {
  const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '-', '_', '.', '~', '!', '*', "'", '(', '%', '+', '=', '&', 'é', '日', '/'), maxLength: 8 });

  it('accepts whatever the SDK signer signs, and refuses it once the body changes', async () => {
    const { verifySigV4 } = await import('../../../../infra/local/auth/sigv4');
    await fc.assert(
      fc.asyncProperty(fc.array(text.filter((s) => s !== '.' && s !== '..'), { maxLength: 3 }), fc.dictionary(text.filter(Boolean), text, { maxKeys: 3 }), fc.string({ maxLength: 40 }), async (segments, query, body) => {
        const path = `/${segments.map(rfc3986).join('/')}`;
        const wireQuery = Object.entries(query).map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
        const headers = await signed(body, { path, query });
        const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
        const target = wireQuery ? `${path}?${wireQuery}` : path;
        const options = { service: 'appsync', region: 'eu-west-2', now: NOW, secretFor: () => 'local-secret' };
        expect(verifySigV4({ method: 'POST', path: target, headers: lower, body }, options)).toEqual({ accessKeyId: 'AKIDLOCAL' });
        expect(() => verifySigV4({ method: 'POST', path: target, headers: lower, body: `${body}x` }, options)).toThrow(UnauthorizedError);
      }),
      { numRuns: 60 },
    );
  });
});
