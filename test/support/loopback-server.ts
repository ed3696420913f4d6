/** Serves a local AppSync API on a real HTTP(S) server on 127.0.0.1 and a free port, for tests. */
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { LocalAppSync } from '../../infra/local/gateway/local-appsync';
import type { TlsMaterial } from '../../infra/local/tls/ca';

export interface LoopbackServer {
  server: Server;
  port: number;
  url: string;
  realtimeUrl: string;
  close(): Promise<void>;
}

export async function serveOnLoopback(api: LocalAppSync, tls: TlsMaterial | null): Promise<LoopbackServer> {
  const server: Server = tls ? createTlsServer({ key: tls.key, cert: tls.cert }) : createServer();
  const closeRealtime = api.attach(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const scheme = tls ? 's' : '';
  return {
    server,
    port,
    url: `http${scheme}://127.0.0.1:${port}/graphql`,
    realtimeUrl: `ws${scheme}://127.0.0.1:${port}/graphql/realtime`,
    close: async () => {
      closeRealtime();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
