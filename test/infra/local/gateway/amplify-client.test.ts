// The unmodified aws-amplify v6 client against the local gateway over HTTPS/WSS: API key and Cognito modes, a query,
// a mutation and a filtered subscription that receives exactly the events it should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoGateway, type DemoGateway } from '../../../support/demo-gateway';
import { configureAmplify, trustCa } from '../../../support/amplify-node';

let gw: DemoGateway;
let currentToken = '';
let client: ReturnType<typeof configureAmplify>;

beforeAll(async () => {
  gw = await startDemoGateway({ tls: true });
  trustCa(gw.caCertPath!);
  currentToken = await gw.auth.issuer.mintToken({ sub: 'alice', groups: ['CUSTOMER'] });
  client = configureAmplify({ url: gw.url, apiKey: gw.auth.apiKey.id, defaultAuth: 'AMAZON_COGNITO_USER_POOLS', token: () => currentToken });
});
afterAll(async () => gw?.close());

const waitFor = async (check: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('aws-amplify v6 against the local gateway', () => {
  it('queries with the API key', async () => {
    const result = (await client.graphql({ query: 'query Echo($m: String!) { echo(message: $m) }', variables: { m: 'hello' }, authMode: 'apiKey' })) as {
      data: { echo: string };
    };
    expect(result.data.echo).toBe('hello');
  });

  it('mutates with a Cognito token and sees the caller as owner', async () => {
    const result = (await client.graphql({ query: 'mutation Add($t: String!) { addNote(text: $t) { id owner text } }', variables: { t: 'via amplify' }, authMode: 'userPool' })) as {
      data: { addNote: { owner: string; text: string } };
    };
    expect(result.data.addNote).toMatchObject({ owner: 'alice', text: 'via amplify' });
  });

  it('surfaces a resolver error as Amplify reports GraphQL errors', async () => {
    await expect(client.graphql({ query: 'mutation { addNote(text: " ") { id } }', authMode: 'userPool' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ errorType: 'ValidationError', message: 'text must not be empty' })],
    });
  });

  for (const mode of ['apiKey', 'userPool'] as const) {
    it(`receives exactly the filtered events on a subscription (${mode})`, async () => {
      const received: { owner: string; text: string }[] = [];
      const errors: unknown[] = [];
      let ready = false;
      const { Hub } = await import('aws-amplify/utils');
      const stopHub = Hub.listen('api', ({ payload }) => {
        if (payload.event === 'ConnectionStateChange' && (payload.data as { connectionState?: string })?.connectionState === 'Connected') ready = true;
      });
      const subscription = (client.graphql({ query: `subscription { onNote(owner: "alice") { id owner text status } }`, authMode: mode }) as unknown as {
        subscribe(o: { next: (e: { data: { onNote: { owner: string; text: string } } }) => void; error: (e: unknown) => void }): { unsubscribe(): void };
      }).subscribe({ next: (e) => received.push(e.data.onNote), error: (e) => errors.push(e) });
      await waitFor(() => ready || errors.length > 0);
      expect(errors).toEqual([]);
      const bob = await gw.auth.issuer.mintToken({ sub: 'bob' });
      const saved = currentToken;
      currentToken = bob;
      await client.graphql({ query: 'mutation { addNote(text: "not for alice") { id owner text } }', authMode: 'userPool' });
      currentToken = saved;
      await client.graphql({ query: 'mutation { addNote(text: "for alice") { id owner text } }', authMode: 'userPool' });
      await waitFor(() => received.length >= 1);
      await new Promise((r) => setTimeout(r, 200));
      expect(received).toEqual([expect.objectContaining({ owner: 'alice', text: 'for alice', status: null })]);
      subscription.unsubscribe();
      stopHub();
    });
  }
});
