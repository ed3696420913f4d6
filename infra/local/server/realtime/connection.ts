/**
 * One real-time WebSocket connection: the AppSync protocol state machine over `ws`.
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 *
 * - The connection is authorized once from its handshake headers; each `start` is authorized again from
 *   `payload.extensions.authorization` (AppSync checks both).
 * - AppSync allows 100 subscriptions per connection; `ka` is sent right after `connection_ack` and then every
 *   `keepAliveMs`.
 * - Garbage frames get an `error` message and the connection stays up.
 */
import type { WebSocket } from 'ws';
import type { SubscriptionHub } from '../subscriptions/hub';
import { UnauthorizedError } from '../../auth/errors';
import type { Authenticate } from '../types';
import * as msg from './messages';

export interface ConnectionOptions {
  /** Resolves once the handshake's credentials are checked: false means the connection is being refused. */
  authorized: Promise<boolean>;
  hub: SubscriptionHub;
  authenticate: Authenticate;
  connectionTimeoutMs: number;
  keepAliveMs: number;
  maxSubscriptions: number;
  sourceIp: string;
  log: (message: string) => void;
}

let nextConnection = 0;

/** One event goes to many subscribers with the same payload object: serialize it once, not once per socket. */
const payloadJson = new WeakMap<object, string>();

/** A `data` message (the same shape as the other messages of ./messages, serialized by hand). */
function dataFrame(id: string, payload: { data: unknown; errors?: unknown[] }): string {
  let json = payloadJson.get(payload);
  if (json === undefined) payloadJson.set(payload, (json = JSON.stringify(payload)));
  return `{"type":"data","id":${JSON.stringify(id)},"payload":${json}}`;
}

export function serveConnection(socket: WebSocket, options: ConnectionOptions): void {
  const connectionId = `c${++nextConnection}`;
  const active = new Set<string>();
  let keepAlive: NodeJS.Timeout | undefined;
  const send = (message: object) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };

  socket.on('message', (raw, isBinary) => {
    void handle(isBinary ? '' : raw.toString()).catch((error: unknown) => {
      options.log(`real-time message failed: ${(error as Error).stack ?? String(error)}`);
      send(msg.error(undefined, [{ errorType: 'InternalFailure', message: 'Unexpected error.' }]));
    });
  });
  socket.on('close', () => {
    clearInterval(keepAlive);
    for (const id of active) options.hub.unsubscribe(`${connectionId}:${id}`);
    active.clear();
  });

  async function handle(text: string): Promise<void> {
    if (!(await options.authorized)) return;
    let message: { type?: unknown; id?: unknown; payload?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      send(msg.unsupported(undefined, 'unknown'));
      return;
    }
    const id = typeof message.id === 'string' ? message.id : undefined;
    switch (message.type) {
      case 'connection_init':
        send(msg.connectionAck(options.connectionTimeoutMs));
        send(msg.keepAlive());
        clearInterval(keepAlive);
        keepAlive = setInterval(() => send(msg.keepAlive()), options.keepAliveMs);
        return;
      case 'start':
        return start(id, message.payload as msg.StartMessage['payload'] | undefined);
      case 'stop':
        if (id && active.delete(id)) options.hub.unsubscribe(`${connectionId}:${id}`);
        if (id) send(msg.complete(id));
        return;
      default:
        send(msg.unsupported(id, typeof message.type === 'string' ? message.type : 'unknown'));
    }
  }

  async function start(id: string | undefined, payload: msg.StartMessage['payload'] | undefined): Promise<void> {
    if (!id) return send(msg.error(undefined, [{ errorType: 'BadRequestException', message: 'A start message needs an id.' }]));
    if (active.has(id)) return send(msg.error(id, [{ errorType: 'DuplicatedOperationError', message: `Duplicate subscription id ${id}.` }]));
    if (active.size >= options.maxSubscriptions) {
      return send(msg.error(id, [{ errorType: 'MaxSubscriptionsReachedError', message: `Max number of ${options.maxSubscriptions} subscriptions reached` }]));
    }
    let request: { query?: unknown; variables?: Record<string, unknown> | null; operationName?: string | null };
    try {
      request = JSON.parse(typeof payload?.data === 'string' ? payload.data : 'null') ?? {};
    } catch {
      return send(msg.error(id, [{ errorType: 'BadRequestException', message: 'payload.data must be a JSON string.' }]));
    }
    if (typeof request.query !== 'string') {
      return send(msg.error(id, [{ errorType: 'BadRequestException', message: 'payload.data must hold a query.' }]));
    }
    const headers = lowerCase(payload?.extensions?.authorization ?? {});
    let caller;
    try {
      caller = await options.authenticate(headers, { method: 'POST', path: '/graphql', body: payload?.data ?? '', sourceIp: options.sourceIp });
    } catch (error) {
      if (!(error instanceof UnauthorizedError)) throw error;
      return send(msg.error(id, [{ errorType: error.errorType, message: error.message, errorCode: error.status }]));
    }
    active.add(id);
    const key = `${connectionId}:${id}`;
    const result = await options.hub.subscribe(
      key,
      { query: request.query, variables: request.variables, operationName: request.operationName },
      caller,
      {
        deliver: (data) => {
          if (socket.readyState === socket.OPEN) socket.send(dataFrame(id, data));
        },
        end: () => {
          active.delete(id);
          send(msg.complete(id));
        },
      },
      headers,
    );
    if (!result.ok) {
      active.delete(id);
      return send(msg.error(id, result.errors));
    }
    send(msg.startAck(id));
  }
}

export function lowerCase(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
