/**
 * The local AppSync endpoint: `POST /graphql` and `wss?://…/graphql/realtime` on one Node server.
 * https://docs.aws.amazon.com/appsync/latest/devguide/troubleshooting-and-common-mistakes.html
 *
 * - Credentials refused: HTTP 401 `{ errors: [{ errorType: 'UnauthorizedException', message }] }` (AppSync's answer).
 * - Bad HTTP input (not JSON, no query, too large): HTTP 400 with errorType `MalformedHttpRequestException` or
 *   `RequestEntityTooLarge`; GraphQL-level problems are HTTP 200 with `errors`, as on AppSync.
 * - CORS: AppSync answers browsers from any origin.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import { executeOperation, type ExecutionDeps, type GraphQLRequest } from './executor';
import { lowerCase, serveConnection } from './realtime/connection';
import { handshakeHeaders, REALTIME_SUBPROTOCOL } from './realtime/handshake';
import * as msg from './realtime/messages';
import type { SubscriptionHub } from './subscriptions/hub';
import { UnauthorizedError } from '../auth/errors';
import type { Authenticate } from './types';

export interface EndpointOptions {
  execution: ExecutionDeps;
  hub: SubscriptionHub;
  authenticate: Authenticate;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  realtime: { connectionTimeoutMs: number; keepAliveMs: number; maxSubscriptionsPerConnection: number };
  /** Extra routes (pages, webhooks) tried before the GraphQL ones; return true when handled. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse, body: () => Promise<Buffer>) => Promise<boolean>;
  log: (message: string) => void;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'content-type, x-api-key, authorization, x-amz-date, x-amz-security-token, x-amz-user-agent',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-max-age': '86400',
};

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...CORS, 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const httpError = (errorType: string, message: string) => ({ errors: [{ errorType, message }] });

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseRequest(text: string): GraphQLRequest | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'The request body is not valid JSON.';
  }
  const candidate = body as Partial<GraphQLRequest> | null;
  if (!candidate || typeof candidate.query !== 'string') return 'The request body must be a JSON object with a "query" string.';
  if (candidate.variables !== undefined && candidate.variables !== null && typeof candidate.variables !== 'object') {
    return '"variables" must be an object.';
  }
  return { query: candidate.query, variables: candidate.variables ?? null, operationName: candidate.operationName ?? null };
}

export function attachEndpoint(server: Server, options: EndpointOptions): { close(): void } {
  const sourceIp = (req: IncomingMessage) => req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1';

  server.on('request', (req, res) => {
    void handleHttp(req, res).catch((error: unknown) => {
      if (res.headersSent) return;
      // A body over the limit, read by /graphql or by an extra route (webhooks, pages): the same 413 for all.
      if (error instanceof BodyTooLarge) {
        return reply(res, 413, httpError('RequestEntityTooLarge', `The request body exceeds ${options.maxBodyBytes} bytes.`));
      }
      options.log(`request failed: ${(error as Error).stack ?? String(error)}`);
      reply(res, 500, httpError('InternalFailure', 'Unexpected error.'));
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    let cached: Promise<Buffer> | undefined;
    const body = () => (cached ??= readBody(req, options.maxBodyBytes));
    if (options.extraRoutes && (await options.extraRoutes(req, res, body))) return;
    if (url.pathname !== '/graphql') return reply(res, 404, httpError('NotFound', `No route for ${req.method} ${url.pathname}.`));
    if (req.method !== 'POST') return reply(res, 405, httpError('MethodNotAllowed', 'Use POST for GraphQL requests.'));
    const text = (await body()).toString('utf8');
    const headers = lowerCase(req.headers as Record<string, unknown>);
    let caller;
    try {
      caller = await options.authenticate(headers, { method: 'POST', path: url.pathname, body: text, sourceIp: sourceIp(req) });
    } catch (error) {
      if (error instanceof UnauthorizedError) return reply(res, error.status, error.body, error.headers);
      throw error;
    }
    const request = parseRequest(text);
    if (typeof request === 'string') return reply(res, 400, httpError('MalformedHttpRequestException', request));
    const outcome = await executeOperation(options.execution, request, { caller, headers, domainName: null });
    reply(res, 200, outcome.body);
    options.hub.invalidate(outcome.invalidations);
    await options.hub.publish(outcome.mutationEvents);
  }

  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has(REALTIME_SUBPROTOCOL) ? REALTIME_SUBPROTOCOL : false),
  });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql/realtime' && url.pathname !== '/graphql/connect') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const protocols = new Set(
        String(req.headers['sec-websocket-protocol'] ?? '')
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      );
      const headers = handshakeHeaders(url, protocols);
      const refuse = (message: string) => {
        ws.send(JSON.stringify(msg.unauthorizedConnection(message)));
        ws.close(1008, 'Unauthorized');
      };
      const payload = url.searchParams.get('payload');
      const connectBody = payload ? Buffer.from(payload, 'base64').toString('utf8') : '{}';
      // Messages may arrive before the handshake's credentials are checked: the connection holds them until then.
      const authorized = headers
        ? options.authenticate(headers, { method: 'POST', path: '/graphql/connect', body: connectBody, sourceIp: sourceIp(req) }).then(
            () => true,
            (error: unknown) => {
              refuse(error instanceof UnauthorizedError ? error.message : 'Unauthorized');
              return false;
            },
          )
        : Promise.resolve(false).finally(() => refuse('The connection carries no readable auth header.'));
      serveConnection(ws, {
        authorized,
        hub: options.hub,
        authenticate: options.authenticate,
        connectionTimeoutMs: options.realtime.connectionTimeoutMs,
        keepAliveMs: options.realtime.keepAliveMs,
        maxSubscriptions: options.realtime.maxSubscriptionsPerConnection,
        sourceIp: sourceIp(req),
        log: options.log,
      });
    });
  });
  return {
    close: () => {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      wss.close();
    },
  };
}
