/**
 * Authentication on the real-time endpoint, where credentials arrive as a JSON `header` object (from the `header`
 * query parameter or the `header-<base64url>` subprotocol, and again in each `start` message's
 * `payload.extensions.authorization`).
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 *
 * For IAM, the client signs as if it were an HTTP POST: to `<graphql path>/connect` with the body `{}` for the
 * handshake, and to the GraphQL path with the `start` message's `data` string as body for each subscription.
 */
import { authenticate } from './authenticate';
import { notAuthorized } from './errors';
import type { AuthSettings, RequestAuth, RequestHeaders } from './types';

export interface RealtimeAuthRequest {
  phase: 'connect' | 'start';
  /** The `data` string of a `start` message (what IAM signs and a Lambda authorizer reads). */
  data?: string;
  sourceIp: string;
  /** The GraphQL path clients sign against. Default `/graphql`. */
  graphqlPath?: string;
  now?: () => number;
  requestId?: string;
}

/** Authenticates a real-time `header` object; resolves to its RequestAuth or rejects with an UnauthorizedError. */
export async function authenticateRealtime(header: unknown, settings: AuthSettings, request: RealtimeAuthRequest): Promise<RequestAuth> {
  if (!header || typeof header !== 'object' || Array.isArray(header)) throw notAuthorized();
  const headers: RequestHeaders = {};
  for (const [name, value] of Object.entries(header)) if (typeof value === 'string') headers[name] = value;
  const base = request.graphqlPath ?? '/graphql';
  return authenticate(headers, settings, {
    method: 'POST',
    path: request.phase === 'connect' ? `${base}/connect` : base,
    body: request.phase === 'connect' ? '{}' : (request.data ?? ''),
    sourceIp: request.sourceIp,
    ...(request.now ? { now: request.now } : {}),
    ...(request.requestId ? { requestId: request.requestId } : {}),
  });
}
