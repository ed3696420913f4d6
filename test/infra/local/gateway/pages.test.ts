// The local pages' routes without a browser: the token endpoint mints what the gateway's issuer signs and refuses
// other origins, foreign Host names and malformed requests; the outputs name the origin asked; every page answer
// carries the CSP that keeps the pages off the network; unknown paths fall through to the next route.
import { mkdtempSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAuth, type LocalAuth } from '../../../../infra/local/auth';
import { isLoopbackAddress, loopbackHost } from '../../../../infra/local/gateway/local-only';
import { MAX_TOKEN_SECONDS, parseTokenBody } from '../../../../infra/local/gateway/local-token-route';
import { pageRoutes } from '../../../../infra/local/gateway/pages';

let auth: LocalAuth;
let server: Server;
let port: number;

beforeAll(async () => {
  auth = await localAuth(mkdtempSync(join(tmpdir(), 'pages-')), { default: 'AMAZON_COGNITO_USER_POOLS', additional: ['API_KEY'], region: 'eu-west-2' });
  const route = pageRoutes({ auth, log: () => undefined });
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void route(req, res, async () => Buffer.concat(chunks)).then((handled) => {
        if (!handled) res.writeHead(404, { 'x-fell-through': 'yes' }).end();
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
}, 30_000);
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** One request with exactly these headers (node:http lets a test set Host and Origin). */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const json = { 'content-type': 'application/json' };
const mint = (body: unknown, headers: Record<string, string> = {}) => send('POST', '/local/token', { ...json, ...headers }, JSON.stringify(body));

describe('POST /local/token', () => {
  it('mints a token the local issuer signed, with the groups and claims asked for', async () => {
    const res = await mint({ sub: 'cust-1', groups: ['CUSTOMER'], claims: { phone_number: '+919800000001' }, expiresInSeconds: 600 }, { origin: `http://127.0.0.1:${port}` });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const { token, expiresAt } = JSON.parse(res.text) as { token: string; expiresAt: string };
    const { payload } = await jwtVerify(token, createLocalJWKSet(auth.issuer.jwks), { issuer: auth.issuer.issuer, audience: auth.issuer.appClientId });
    expect(payload).toMatchObject({ sub: 'cust-1', 'cognito:groups': ['CUSTOMER'], phone_number: '+919800000001', token_use: 'id' });
    expect((payload.exp as number) - (payload.iat as number)).toBe(600);
    expect(Date.parse(expiresAt)).toBe((payload.exp as number) * 1000);
  });

  it("refuses another site's origin, a Host that is not loopback, and what is not a JSON POST", async () => {
    const ok = { sub: 'x', groups: ['SUPER_ADMIN'] };
    const foreign = await mint(ok, { origin: 'https://evil.example' });
    expect([foreign.status, JSON.parse(foreign.text).error]).toEqual([403, `local-only route: requests from https://evil.example are refused (only http://127.0.0.1:${port})`]);
    expect((await mint(ok, { origin: `http://localhost:${port}` })).status).toBe(403); // another origin, even if local
    expect((await mint(ok, { host: 'rebound.example:4001' })).status).toBe(403);
    expect((await send('GET', '/local/token')).status).toBe(405);
    expect((await send('POST', '/local/token', { 'content-type': 'text/plain' }, JSON.stringify(ok))).status).toBe(415);
    const bad = await send('POST', '/local/token', json, '{"sub":');
    expect([bad.status, JSON.parse(bad.text).error]).toEqual([400, 'the body is not valid JSON']);
  });

  it('says what is wrong with a body', () => {
    expect(parseTokenBody('[]')).toBe('the body must be a JSON object');
    expect(parseTokenBody('{"sub":""}')).toBe('"sub" must be a non-empty string of at most 128 characters');
    expect(parseTokenBody('{"sub":"a","groups":"CUSTOMER"}')).toBe('"groups" must be a list of group names');
    expect(parseTokenBody('{"sub":"a","claims":{"x":{"y":1}}}')).toBe('claim "x" must be a string, number or boolean');
    expect(parseTokenBody(`{"sub":"a","expiresInSeconds":${MAX_TOKEN_SECONDS + 1}}`)).toBe(`"expiresInSeconds" must be a whole number from 1 to ${MAX_TOKEN_SECONDS}`);
    expect(parseTokenBody('{"sub":" a ","groups":["G"],"claims":{"n":1}}')).toEqual({ sub: 'a', groups: ['G'], claims: { n: 1 }, expiresInSeconds: 3600 });
  });
});

describe('pages and outputs', () => {
  it('serves amplify_outputs.json for the origin asked, and the pages with a CSP that allows only that origin', async () => {
    const outputs = await send('GET', '/amplify_outputs.json', { host: `localhost:${port}` });
    expect(outputs.status).toBe(200);
    expect(JSON.parse(outputs.text)).toMatchObject({
      version: '1.4',
      auth: { aws_region: 'eu-west-2', user_pool_id: auth.issuer.userPoolId, user_pool_client_id: auth.issuer.appClientId },
      data: { url: `http://localhost:${port}/graphql`, api_key: auth.apiKey.id, default_authorization_type: 'AMAZON_COGNITO_USER_POOLS', authorization_types: ['API_KEY'] },
    });
    const tracking = await send('GET', '/tracking');
    expect(tracking.status).toBe(200);
    expect(tracking.text).toContain('<script type="module" src="/pages/tracking.js"></script>');
    expect(tracking.headers['content-security-policy']).toBe(
      `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws://127.0.0.1:${port} wss://127.0.0.1:${port}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect((await send('GET', '/explorer', { host: 'rebound.example' })).status).toBe(403);
  });

  it('bundles the page scripts for the browser (no Node modules left to import)', async () => {
    const script = await send('GET', '/pages/explorer.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=UTF-8');
    expect(script.text).not.toMatch(/\bfrom\s*["'](node:|graphql|aws-amplify)/);
    expect(script.text).toContain('/amplify_outputs.json');
  }, 30_000);

  it('leaves every other path to the next route', async () => {
    for (const path of ['/pages/secret.js', '/pages/../package.json', '/graphql', '/tracking/x']) {
      const res = await send('GET', path);
      expect([path, res.status, res.headers['x-fell-through']]).toEqual([path, 404, 'yes']);
    }
    expect((await send('POST', '/tracking', json, '{}')).headers['x-fell-through']).toBe('yes');
  });
});

describe('local-only checks', () => {
  it('knows loopback peers and Host names', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.8.9.10'].map(isLoopbackAddress)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', '::ffff:192.168.1.2', undefined, ''].map(isLoopbackAddress)).toEqual([false, false, false, false]);
    expect(['localhost:4001', '127.0.0.1:4000', '[::1]:4001', 'LOCALHOST'].map(loopbackHost)).toEqual(['localhost:4001', '127.0.0.1:4000', '[::1]:4001', 'localhost']);
    expect(['localhost.evil.example', 'evil.example', 'user@localhost', 'localhost/x', '', undefined].map(loopbackHost)).toEqual([null, null, null, null, null, null]);
  });
});
