// The AppSync real-time protocol on the local endpoint, frame by frame.
// https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startDemoGateway, type DemoGateway } from '../../../support/demo-gateway';
import { openRealtime, startFrame, type RawRealtime } from '../../../support/realtime-client';

let gw: DemoGateway;
let alice: string;
let bob: string;
const host = () => `127.0.0.1:${gw.port}`;

beforeAll(async () => {
  gw = await startDemoGateway({ realtime: { keepAliveMs: 200 } });
  alice = await gw.auth.issuer.mintToken({ sub: 'alice', groups: [] });
  bob = await gw.auth.issuer.mintToken({ sub: 'bob', groups: [] });
});
afterAll(async () => gw?.close());

async function connected(header: Record<string, string>, via: 'subprotocol' | 'query' = 'subprotocol'): Promise<RawRealtime> {
  const ws = await openRealtime(gw.realtimeUrl, header, via);
  ws.send({ type: 'connection_init' });
  const ack = await ws.next((f) => f.type === 'connection_ack');
  expect(ack.payload.connectionTimeoutMs).toBeGreaterThan(0);
  return ws;
}

const ON_NOTE = 'subscription ($owner: String) { onNote(owner: $owner) { id owner text status } }';
const ON_MY_NOTE = 'subscription { onMyNote { id owner text } }';

describe('real-time protocol', () => {
  it('echoes graphql-ws, acks connection_init and keeps the connection alive with ka', async () => {
    const ws = await connected({ host: host(), 'x-api-key': gw.auth.apiKey.id });
    expect(ws.socket.protocol).toBe('graphql-ws');
    await ws.next((f) => f.type === 'ka');
    await ws.next((f) => f.type === 'ka', 2000);
    await ws.close();
  });

  it('accepts the header query parameter as well as the subprotocol', async () => {
    const ws = await connected({ host: host(), 'x-api-key': gw.auth.apiKey.id }, 'query');
    await ws.close();
  });

  it('refuses a bad API key at connect time with connection_error 401', async () => {
    const ws = await openRealtime(gw.realtimeUrl, { host: host(), 'x-api-key': 'da2-nope' });
    const error = await ws.next((f) => f.type === 'connection_error');
    expect(error.payload.errors[0]).toMatchObject({ errorType: 'UnauthorizedException', errorCode: 401 });
    await new Promise((done) => ws.socket.once('close', done));
  });

  it('refuses an expired token at connect time', async () => {
    const expired = await gw.auth.issuer.mintToken({ sub: 'alice', expiresInSeconds: -60 });
    const ws = await openRealtime(gw.realtimeUrl, { host: host(), Authorization: expired });
    const error = await ws.next((f) => f.type === 'connection_error');
    expect(error.payload.errors[0].errorCode).toBe(401);
  });

  it('delivers a mutation to a subscription whose arguments match, and not to one whose do not', async () => {
    const auth = { host: host(), Authorization: alice };
    const ws = await connected(auth);
    ws.send(startFrame('mine', ON_NOTE, { owner: 'alice' }, auth));
    ws.send(startFrame('theirs', ON_NOTE, { owner: 'bob' }, auth));
    await ws.next((f) => f.type === 'start_ack' && f.id === 'mine');
    await ws.next((f) => f.type === 'start_ack' && f.id === 'theirs');
    // The mutation selects only id and text: status and owner arrive as selected by the mutation (owner not: null).
    const created = await gql(gw.url, 'mutation { addNote(text: "hello") { id owner text } }', {}, { authorization: alice });
    const note = created.body.data?.addNote as { id: string };
    const data = await ws.next((f) => f.type === 'data');
    expect(data.id).toBe('mine');
    expect(data.payload.data.onNote).toEqual({ id: note.id, owner: 'alice', text: 'hello', status: null });
    await new Promise((r) => setTimeout(r, 300));
    expect(ws.frames.filter((f) => f.type === 'data')).toEqual([]);
    ws.send({ type: 'stop', id: 'mine' });
    await ws.next((f) => f.type === 'complete' && f.id === 'mine');
    await ws.close();
  });

  it('confines a subscriber with the enhanced filter its resolver sets', async () => {
    const aliceAuth = { host: host(), Authorization: alice };
    const ws = await connected(aliceAuth);
    ws.send(startFrame('s', ON_MY_NOTE, {}, aliceAuth));
    await ws.next((f) => f.type === 'start_ack');
    await gql(gw.url, 'mutation { addNote(text: "from bob") { id owner text } }', {}, { authorization: bob });
    await gql(gw.url, 'mutation { addNote(text: "from alice") { id owner text } }', {}, { authorization: alice });
    const data = await ws.next((f) => f.type === 'data');
    expect(data.payload.data.onMyNote).toMatchObject({ owner: 'alice', text: 'from alice' });
    await new Promise((r) => setTimeout(r, 200));
    expect(ws.frames.filter((f) => f.type === 'data')).toEqual([]);
    await ws.close();
  });

  it('reports a non-null field the mutation did not select as an error, as AppSync does', async () => {
    const auth = { host: host(), Authorization: alice };
    const ws = await connected(auth);
    ws.send(startFrame('n', 'subscription { onNote(owner: "alice") { id text } }', {}, auth));
    await ws.next((f) => f.type === 'start_ack');
    await gql(gw.url, 'mutation { addNote(text: "partial") { id owner } }', {}, { authorization: alice });
    const data = await ws.next((f) => f.type === 'data');
    expect(data.payload.errors?.[0]?.message).toMatch(/non-nullable/);
    await ws.close();
  });

  it('pushes an IAM-only publish mutation made by the backend', async () => {
    const auth = { host: host(), Authorization: alice };
    const ws = await connected(auth);
    ws.send(startFrame('p', ON_NOTE, { owner: 'alice' }, auth));
    await ws.next((f) => f.type === 'start_ack');
    await gw.api.hub.publish([{ fieldName: 'publishNote', arguments: {}, payload: { id: 'n1', owner: 'alice', text: 'from backend', status: 'DONE' } }]);
    const data = await ws.next((f) => f.type === 'data');
    expect(data.payload.data.onNote).toEqual({ id: 'n1', owner: 'alice', text: 'from backend', status: 'DONE' });
    await ws.close();
  });

  it('answers every error path with an error frame and keeps the connection', async () => {
    const auth = { host: host(), 'x-api-key': gw.auth.apiKey.id };
    const ws = await connected(auth);
    ws.send('this is not json');
    expect((await ws.next((f) => f.type === 'error')).payload.errors[0].errorType).toBe('UnsupportedOperation');
    ws.send({ type: 'subscribe', id: 'x' });
    expect((await ws.next((f) => f.type === 'error' && f.id === 'x')).payload.errors[0].message).toBe('subscribe not supported through the realtime channel');
    ws.send(startFrame('unknown', 'subscription { onNothing { id } }', {}, auth));
    expect((await ws.next((f) => f.id === 'unknown')).payload.errors[0].errorType).toBe('ValidationError');
    ws.send(startFrame('q', 'query { echo(message: "x") }', {}, auth));
    expect((await ws.next((f) => f.id === 'q')).payload.errors[0].errorType).toBe('UnsupportedOperation');
    ws.send(startFrame('badkey', ON_NOTE, {}, { host: host(), 'x-api-key': 'da2-bad' }));
    expect((await ws.next((f) => f.id === 'badkey')).payload.errors[0].errorType).toBe('UnauthorizedException');
    ws.send(startFrame('mode', ON_MY_NOTE, {}, auth));
    expect((await ws.next((f) => f.id === 'mode')).payload.errors[0].errorType).toBe('Unauthorized');
    ws.send(startFrame('ok', ON_NOTE, {}, auth));
    expect((await ws.next((f) => f.id === 'ok')).type).toBe('start_ack');
    await ws.close();
  });

  it('allows 100 subscriptions per connection and refuses the 101st', async () => {
    const auth = { host: host(), 'x-api-key': gw.auth.apiKey.id };
    const ws = await connected(auth);
    for (let i = 0; i < 100; i += 1) ws.send(startFrame(`s${i}`, ON_NOTE, {}, auth));
    for (let i = 0; i < 100; i += 1) await ws.next((f) => f.type === 'start_ack' && f.id === `s${i}`);
    ws.send(startFrame('s100', ON_NOTE, {}, auth));
    const refused = await ws.next((f) => f.id === 's100');
    expect(refused).toMatchObject({ type: 'error', payload: { errors: [{ errorType: 'MaxSubscriptionsReachedError' }] } });
    await ws.close();
  });

  it('refuses a subscription whose resolver sets a filter AppSync would refuse', async () => {
    const auth = { host: host(), 'x-api-key': gw.auth.apiKey.id };
    const ws = await connected(auth);
    ws.send(startFrame('bad', 'subscription { onBadFilter { id } }', {}, auth));
    const refused = await ws.next((f) => f.id === 'bad');
    expect(refused).toMatchObject({ type: 'error', payload: { errors: [{ errorType: 'BadRequestException' }] } });
    expect(refused.payload.errors[0].message).toMatch(/at most 10 filter groups/);
    await ws.close();
  });
});

