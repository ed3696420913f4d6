/**
 * The unmodified aws-amplify v6 client in Node, pointed at a local gateway over TLS:
 * - `WebSocket` is the `ws` package trusting the gateway's CA (Node 20 has no global WebSocket);
 * - `fetch` trusts the same CA through undici's global dispatcher;
 * - Cognito tokens come from a custom token provider (no Cognito to sign in to here).
 */
import { readFileSync } from 'node:fs';
import { Agent, setGlobalDispatcher } from 'undici';
import WebSocket from 'ws';
import { Amplify } from 'aws-amplify';
import { decodeJWT } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/api';

export function trustCa(caCertPath: string): void {
  const ca = readFileSync(caCertPath);
  setGlobalDispatcher(new Agent({ connect: { ca } }));
  class TrustingWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { ca });
    }
  }
  (globalThis as { WebSocket?: unknown }).WebSocket = TrustingWebSocket;
}

export function configureAmplify(options: { url: string; apiKey: string; defaultAuth: string; token?: () => string }) {
  Amplify.configure(
    {
      version: '1.4',
      data: { url: options.url, aws_region: 'eu-west-2', api_key: options.apiKey, default_authorization_type: options.defaultAuth, authorization_types: [] },
    } as never,
    {
      Auth: {
        tokenProvider: {
          getTokens: async () => {
            if (!options.token) return null;
            const jwt = decodeJWT(options.token());
            return { accessToken: jwt, idToken: jwt };
          },
        },
      },
    },
  );
  return generateClient();
}

/** aws-amplify's real-time connection state, from its Hub: `connected()` once it reported Connected. */
export async function watchConnection(): Promise<{ connected(): boolean; stop(): void }> {
  const { Hub } = await import('aws-amplify/utils');
  let connected = false;
  const stop = Hub.listen('api', ({ payload }) => {
    if ((payload.data as { connectionState?: string })?.connectionState === 'Connected') connected = true;
  });
  return { connected: () => connected, stop };
}
