/**
 * The local gateway's two listeners: HTTPS/WSS (aws-amplify v6 always opens `wss://`) and plain HTTP/WS, both on
 * loopback, with the same endpoint attached to each.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface Listeners {
  servers: Server[];
  httpsPort: number | null;
  httpPort: number;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is already in use; set another with the env var`)
          : error,
      ),
    );
    server.listen(port, host, () => resolveListen((server.address() as AddressInfo).port));
  });
}

export async function openListeners(options: {
  host?: string;
  httpPort: number;
  https?: { port: number; key: string | Buffer; cert: string | Buffer };
}): Promise<Listeners> {
  const host = options.host ?? '127.0.0.1';
  const servers: Server[] = [];
  const plain = createHttpServer();
  servers.push(plain);
  const httpPort = await listen(plain, options.httpPort, host);
  let httpsPort: number | null = null;
  if (options.https) {
    const secure = createHttpsServer({ key: options.https.key, cert: options.https.cert });
    servers.push(secure);
    httpsPort = await listen(secure, options.https.port, host);
  }
  return {
    servers,
    httpPort,
    httpsPort,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((done) => {
              s.closeAllConnections?.();
              s.close(() => done());
            }),
        ),
      );
    },
  };
}
