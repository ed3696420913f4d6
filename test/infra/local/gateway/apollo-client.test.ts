// Apollo Client with AWS's AppSync links (aws-appsync-auth-link + aws-appsync-subscription-link) over plain ws.
import WebSocket from 'ws';
import { ApolloClient, ApolloLink, InMemoryCache, gql as tag } from '@apollo/client';
import { createAuthLink, AUTH_TYPE } from 'aws-appsync-auth-link';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startDemoGateway, type DemoGateway } from '../../../support/demo-gateway';

let gw: DemoGateway;
let client: ApolloClient;

beforeAll(async () => {
  (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
  gw = await startDemoGateway();
  const auth = { type: AUTH_TYPE.API_KEY, apiKey: gw.auth.apiKey.id } as const;
  const options = { url: gw.url, region: 'eu-west-2', auth };
  client = new ApolloClient({
    link: ApolloLink.from([createAuthLink(options), createSubscriptionHandshakeLink(options)]),
    cache: new InMemoryCache(),
  });
});
afterAll(async () => {
  client?.stop();
  await gw?.close();
});

describe('Apollo Client with the AppSync links', () => {
  it('queries over HTTP', async () => {
    const result = await client.query({ query: tag`query { echo(message: "apollo") }`, fetchPolicy: 'no-cache' });
    expect(result.data).toEqual({ echo: 'apollo' });
  });

  it('receives a subscription event over the real-time channel', async () => {
    const token = await gw.auth.issuer.mintToken({ sub: 'carol' });
    const events: unknown[] = [];
    const subscription = client
      .subscribe({ query: tag`subscription { onNote(owner: "carol") { id owner text } }` })
      .subscribe({ next: (e) => events.push(e.data) });
    // The link has no start_ack callback: publish until the subscription is live, bounded.
    for (let attempt = 0; attempt < 50 && events.length === 0; attempt += 1) {
      await new Promise((r) => setTimeout(r, 100));
      if (attempt % 10 === 5) await gql(gw.url, 'mutation { addNote(text: "for carol") { id owner text } }', {}, { authorization: token });
    }
    expect(events[0]).toMatchObject({ onNote: { owner: 'carol', text: 'for carol' } });
    subscription.unsubscribe();
  });
});
