/**
 * Serves a local AppSync API on its two listeners (HTTPS/WSS with the generated CA, plain HTTP/WS), and describes
 * the endpoints for `amplify_outputs.json` and `.gateway/local.json`.
 */
import { ensureTls } from '../tls/ca';
import { openListeners } from './listen';
import type { LocalAppSync } from './local-appsync';
import type { LocalAuth } from '../auth';
import type { LocalEndpoints } from './outputs';

export interface ServeOptions {
  api: LocalAppSync;
  auth: LocalAuth;
  gatewayDir: string;
  /** HTTPS/WSS port (GATEWAY_HTTPS_PORT, 4000) and plain HTTP/WS port (GATEWAY_HTTP_PORT, 4001); 0 picks a free one. */
  ports: { https: number; http: number };
  host?: string;
  dynamodbEndpoint: string;
  region: string;
}

export interface Served {
  endpoints: LocalEndpoints;
  close(): Promise<void>;
}

export async function serveApi(options: ServeOptions): Promise<Served> {
  const tls = ensureTls(options.gatewayDir);
  const listeners = await openListeners({
    host: options.host,
    httpPort: options.ports.http,
    https: { port: options.ports.https, key: tls.key, cert: tls.cert },
  });
  const detach = listeners.servers.map((server) => options.api.attach(server));
  const name = 'localhost';
  const settings = options.auth.settings;
  const endpoints: LocalEndpoints = {
    graphqlUrl: `https://${name}:${listeners.httpsPort}/graphql`,
    realtimeUrl: `wss://${name}:${listeners.httpsPort}/graphql/realtime`,
    httpGraphqlUrl: `http://${name}:${listeners.httpPort}/graphql`,
    httpRealtimeUrl: `ws://${name}:${listeners.httpPort}/graphql/realtime`,
    apiKey: options.auth.apiKey.id,
    region: options.region,
    caCertPath: tls.caCertPath,
    dynamodbEndpoint: options.dynamodbEndpoint,
    userPoolId: settings.cognito.userPoolId,
    userPoolClientId: settings.cognito.appClientId ?? 'local-client',
    auth: { default: settings.default, additional: settings.additional },
  };
  return {
    endpoints,
    close: async () => {
      for (const close of detach) close();
      await listeners.close();
    },
  };
}
