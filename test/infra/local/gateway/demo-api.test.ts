// The demo API through the local endpoint over real HTTP: unit, pipeline, Lambda, NONE, VTL and direct Lambda resolvers; auth modes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startDemoGateway, type DemoGateway } from '../../../support/demo-gateway';

let gw: DemoGateway;
let userToken: string;

beforeAll(async () => {
  gw = await startDemoGateway();
  userToken = await gw.auth.issuer.mintToken({ sub: 'user-1', groups: ['CUSTOMER'], claims: { phone_number: '+919800000001' } });
});
afterAll(async () => gw?.close());

const asUser = () => ({ authorization: userToken });
const withKey = () => ({ 'x-api-key': gw.auth.apiKey.id });

describe('demo API over HTTP', () => {
  it('runs a NONE resolver with the API key', async () => {
    const { status, body } = await gql(gw.url, 'query { echo(message: "hi") }', {}, withKey());
    expect(status).toBe(200);
    expect(body).toEqual({ data: { echo: 'hi' } });
  });

  it('runs a Lambda resolver, and reports a Lambda failure as the response handler raises it', async () => {
    expect((await gql(gw.url, 'query { shout(message: "go") }', {}, withKey())).body).toEqual({ data: { shout: 'GO!' } });
    const { body } = await gql(gw.url, 'query { shout(message: "") }', {}, withKey());
    expect(body.data).toEqual({ shout: null });
    expect(body.errors?.[0]).toMatchObject({ errorType: 'Lambda:Unhandled', message: 'nothing to shout', path: ['shout'] });
  });

  it('runs a pipeline that writes to DynamoDB, then a unit resolver that reads it back', async () => {
    const created = await gql(gw.url, 'mutation { addNote(text: "buy milk") { id owner text status createdAt } }', {}, asUser());
    expect(created.body.errors).toBeUndefined();
    const note = created.body.data?.addNote as { id: string; owner: string; status: string };
    expect(note).toMatchObject({ owner: 'user-1', text: 'buy milk', status: 'OPEN' });
    const read = await gql(gw.url, 'query ($id: ID!) { getNote(id: $id) { id text owner } }', { id: note.id }, withKey());
    expect(read.body).toEqual({ data: { getNote: { id: note.id, text: 'buy milk', owner: 'user-1' } } });
  });

  it('runs a VTL resolver beside the APPSYNC_JS one, reading the same item', async () => {
    const created = await gql(gw.url, 'mutation { addNote(text: "in velocity") { id } }', {}, asUser());
    const id = (created.body.data?.addNote as { id: string }).id;
    const both = await gql(gw.url, 'query ($id: ID!) { js: getNote(id: $id) { id text owner } vtl: getNoteVtl(id: $id) { id text owner } }', { id }, withKey());
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data?.vtl).toEqual({ id, text: 'in velocity', owner: 'user-1' });
    expect(both.body.data?.vtl).toEqual(both.body.data?.js);
  });

  it('runs a direct Lambda resolver with the whole context, and reports its failure', async () => {
    const asKey = await gql(gw.url, 'query { describeCall(note: "hi") }', {}, withKey());
    expect(asKey.body).toEqual({ data: { describeCall: 'Query.describeCall called by an API key with {"note":"hi"}' } });
    const asCaller = await gql(gw.url, 'query { describeCall }', {}, asUser());
    expect(asCaller.body).toEqual({ data: { describeCall: 'Query.describeCall called by user-1 with {}' } });
    const failed = await gql(gw.url, 'query { describeCall(note: "fail") }', {}, withKey());
    expect(failed.body.data).toEqual({ describeCall: null });
    expect(failed.body.errors?.[0]).toMatchObject({ errorType: 'Lambda:Unhandled', message: 'asked to fail', path: ['describeCall'] });
  });

  it('stops a pipeline with util.error and reports its errorType', async () => {
    const { body } = await gql(gw.url, 'mutation { addNote(text: "   ") { id } }', {}, asUser());
    expect(body.data).toEqual({ addNote: null });
    expect(body.errors?.[0]).toMatchObject({ errorType: 'ValidationError', message: 'text must not be empty', path: ['addNote'] });
  });

  it('gives resolvers the Cognito identity', async () => {
    const { body } = await gql(gw.url, 'query { whoami }', {}, asUser());
    const identity = JSON.parse(body.data?.whoami as string) as { sub: string; groups: string[]; claims: Record<string, unknown> };
    expect(identity.sub).toBe('user-1');
    expect(identity.groups).toEqual(['CUSTOMER']);
    expect(identity.claims.phone_number).toBe('+919800000001');
  });
});

describe('auth and bad input over HTTP', () => {
  it('answers a bad API key with 401 UnauthorizedException', async () => {
    const { status, body } = await gql(gw.url, 'query { echo(message: "x") }', {}, { 'x-api-key': 'da2-wrong' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.errorType).toBe('UnauthorizedException');
  });

  it('refuses a field the mode may not reach, with the field null and errorType Unauthorized', async () => {
    const { status, body } = await gql(gw.url, 'query { whoami }', {}, withKey());
    expect(status).toBe(200);
    expect(body.data).toEqual({ whoami: null });
    expect(body.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', message: 'Not Authorized to access whoami on type Query' });
  });

  it('refuses an IAM-only mutation to a user pool caller', async () => {
    const { body } = await gql(gw.url, 'mutation { publishNote(id: "1", owner: "o", text: "t") { id } }', {}, asUser());
    expect(body.errors?.[0]?.errorType).toBe('Unauthorized');
  });

  it('answers malformed JSON with 400 and keeps serving', async () => {
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...withKey() }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { errorType: string }[] }).errors[0].errorType).toBe('MalformedHttpRequestException');
    expect((await gql(gw.url, 'query { echo(message: "still here") }', {}, withKey())).body.data).toEqual({ echo: 'still here' });
  });

  it('answers unknown fields and invalid scalars with validation errors', async () => {
    const unknown = await gql(gw.url, 'query { nope }', {}, withKey());
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors?.[0]).toMatchObject({ errorType: 'ValidationError' });
    expect(unknown.body.errors?.[0]?.locations).toEqual([{ line: 1, column: 9, sourceName: null }]);
    const badId = await gql(gw.url, 'query ($id: ID!) { getNote(id: $id) { id } }', {}, withKey());
    expect(badId.body.errors?.[0]?.errorType).toBe('ValidationError');
  });

  it('validates AppSync scalars in variables and literals', async () => {
    const ok = await gql(gw.url, 'query ($e: AWSEmail!) { echoEmail(email: $e) }', { e: 'john.doe@acme.com' }, withKey());
    expect(ok.body).toEqual({ data: { echoEmail: 'john.doe@acme.com' } });
    const bad = await gql(gw.url, 'query ($e: AWSEmail!) { echoEmail(email: $e) }', { e: 'not-an-email' }, withKey());
    expect(bad.body.data).toBeNull();
    expect(bad.body.errors?.[0]?.errorType).toBe('ValidationError');
    const literal = await gql(gw.url, '{ echoEmail(email: "nope") }', {}, withKey());
    expect(literal.body.errors?.[0]?.errorType).toBe('ValidationError');
  });

  it('answers an unknown operation name', async () => {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...withKey() },
      body: JSON.stringify({ query: 'query A { echo(message: "a") }', operationName: 'B' }),
    });
    const body = (await res.json()) as { errors: { errorType: string; message: string }[] };
    expect(body.errors[0]).toMatchObject({ errorType: 'ValidationError', message: 'Unknown operation named "B".' });
  });
});
