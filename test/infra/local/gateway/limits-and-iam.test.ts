// AppSync's API-level knobs on the local endpoint (depth and resolver-count limits, body size, introspection, CORS),
// and the IAM-only publish path signed with SigV4 as a backend would sign it.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startDemoGateway, type DemoGateway } from '../../../support/demo-gateway';
import { openRealtime, startFrame } from '../../../support/realtime-client';

let gw: DemoGateway;
const key = () => ({ 'x-api-key': gw.auth.apiKey.id });

beforeAll(async () => {
  gw = await startDemoGateway({
    limits: { queryDepthLimit: 2, resolverCountLimit: 2 },
    introspection: false,
    maxBodyBytes: 2048,
    // A webhook-like route that reads its body, as /webhooks/* do.
    extraRoutes: async (req, res, body) => {
      if (req.url !== '/hook') return false;
      const read = await body();
      res.writeHead(200).end(String(read.length));
      return true;
    },
  });
});
afterAll(async () => gw?.close());

/** Headers of a POST signed with SigV4 by the gateway's local IAM credential, as a backend would sign it. */
async function signedHeaders(body: string): Promise<Record<string, string>> {
  const url = new URL(gw.url);
  const { accessKeyId, secretAccessKey } = gw.auth.iam;
  const signer = new SignatureV4({ credentials: { accessKeyId, secretAccessKey }, region: gw.auth.settings.region ?? 'us-east-1', service: 'appsync', sha256: Sha256 });
  const request = { method: 'POST', protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, headers: { host: url.host, 'content-type': 'application/json' }, body };
  return (await signer.sign(request)).headers as Record<string, string>;
}

describe('operation limits', () => {
  it('accepts queries within queryDepthLimit (fragments add no depth of their own)', async () => {
    const { body } = await gql(gw.url, 'query { getNote(id: "1") { id } a: getNote(id: "2") { owner } }', {}, key());
    expect(body.errors).toBeUndefined();
    const deep = await gql(gw.url, '{ __typename getNote(id: "1") { id ... on Note { owner } } }', {}, key());
    expect(deep.body.errors).toBeUndefined();
  });

  it('refuses more resolvers than resolverCountLimit, naming the limit', async () => {
    const { body } = await gql(gw.url, '{ a: echo(message: "1") b: echo(message: "2") c: echo(message: "3") }', {}, key());
    expect(body.data).toEqual({ a: '1', b: '2', c: null });
    expect(body.errors?.[0]).toMatchObject({ errorType: 'ResolverCountLimitExceeded', path: ['c'] });
  });

  it('refuses a body over the size limit with 413 and keeps serving', async () => {
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...key() }, body: JSON.stringify({ query: `{ echo(message: "${'x'.repeat(4000)}") }` }) });
    expect(res.status).toBe(413);
    expect((await gql(gw.url, '{ echo(message: "ok") }', {}, key())).body.data).toEqual({ echo: 'ok' });
  });

  it('refuses a body over the size limit with the same 413 on an extra route (webhooks)', async () => {
    const small = await fetch(new URL('/hook', gw.url), { method: 'POST', body: 'x'.repeat(100) });
    expect(await small.text()).toBe('100');
    const res = await fetch(new URL('/hook', gw.url), { method: 'POST', body: 'x'.repeat(4000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ errorType: 'RequestEntityTooLarge' }] });
  });

  it('refuses introspection when it is switched off', async () => {
    const { body } = await gql(gw.url, '{ __schema { types { name } } }', {}, key());
    expect(body.errors?.[0]?.message).toMatch(/Introspection is disabled/);
  });

  it('answers a CORS preflight', async () => {
    const res = await fetch(gw.url, { method: 'OPTIONS', headers: { origin: 'http://app.local', 'access-control-request-method': 'POST' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/x-api-key/);
  });
});

describe('depth limit', () => {
  it('counts nested selections', async () => {
    const strict = await startDemoGateway({ limits: { queryDepthLimit: 1 } });
    try {
      const { body } = await gql(strict.url, '{ getNote(id: "1") { id } }', {}, { 'x-api-key': strict.auth.apiKey.id });
      expect(body.errors?.[0]).toMatchObject({ errorType: 'QueryDepthLimitExceeded', message: 'Query depth of 2 exceeds the limit of 1.' });
      expect(body.data).toBeNull();
    } finally {
      await strict.close();
    }
  });
});

describe('IAM-only publish from the backend', () => {
  it('accepts a SigV4-signed publish mutation and pushes it to subscribers; refuses a tampered body', async () => {
    const token = await gw.auth.issuer.mintToken({ sub: 'dave' });
    const auth = { host: `127.0.0.1:${gw.port}`, Authorization: token };
    const ws = await openRealtime(gw.realtimeUrl, auth);
    ws.send({ type: 'connection_init' });
    await ws.next((f) => f.type === 'connection_ack');
    ws.send(startFrame('d', 'subscription { onNote(owner: "dave") { id owner text status } }', {}, auth));
    await ws.next((f) => f.type === 'start_ack');

    const mutation = JSON.stringify({ query: 'mutation { publishNote(id: "p1", owner: "dave", text: "paid", status: "CONFIRMED") { id owner text status } }' });
    const headers = await signedHeaders(mutation);
    const res = await fetch(gw.url, { method: 'POST', headers, body: mutation });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown }).data).toEqual({ publishNote: { id: 'p1', owner: 'dave', text: 'paid', status: 'CONFIRMED' } });
    const data = await ws.next((f) => f.type === 'data');
    expect(data.payload.data.onNote).toEqual({ id: 'p1', owner: 'dave', text: 'paid', status: 'CONFIRMED' });

    const tampered = await fetch(gw.url, { method: 'POST', headers, body: mutation.replace('paid', 'free') });
    expect(tampered.status).toBe(403);
    await ws.close();
  });

  it('ends the subscriptions an IAM invalidation mutation matches, and only those', async () => {
    const alice = await gw.auth.issuer.mintToken({ sub: 'alice' });
    const bob = await gw.auth.issuer.mintToken({ sub: 'bob' });
    const host = `127.0.0.1:${gw.port}`;
    const ws = await openRealtime(gw.realtimeUrl, { host, Authorization: alice });
    ws.send({ type: 'connection_init' });
    await ws.next((f) => f.type === 'connection_ack');
    ws.send(startFrame('a', 'subscription { onMyNote { id owner } }', {}, { host, Authorization: alice }));
    ws.send(startFrame('b', 'subscription { onMyNote { id owner } }', {}, { host, Authorization: bob }));
    await ws.next((f) => f.type === 'start_ack' && f.id === 'a');
    await ws.next((f) => f.type === 'start_ack' && f.id === 'b');

    const revoke = JSON.stringify({ query: 'mutation { revokeNotes(owner: "alice") }' });
    const res = await fetch(gw.url, { method: 'POST', headers: await signedHeaders(revoke), body: revoke });
    expect(await res.json()).toEqual({ data: { revokeNotes: true } });
    expect(await ws.next((f) => f.type === 'complete')).toEqual({ type: 'complete', id: 'a' });

    await gql(gw.url, 'mutation { addNote(text: "bob still hears") { id owner } }', {}, { authorization: bob });
    expect((await ws.next((f) => f.type === 'data')).id).toBe('b');
    await ws.close();
  });
});

