/**
 * The real-time handshake: AppSync takes the connection's auth headers either from the `header` query parameter
 * (base64 JSON, with `payload=e30=`) or from a `header-<base64url JSON>` subprotocol next to `graphql-ws`; the
 * server answers with the `graphql-ws` subprotocol.
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html#handshake-details-to-establish-the-websocket-connection
 */
import { lowerCase } from './connection';

export const REALTIME_SUBPROTOCOL = 'graphql-ws';

function decodeJson(text: string): Record<string, unknown> | null {
  try {
    const decoded = JSON.parse(Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')) as unknown;
    return decoded && typeof decoded === 'object' ? (decoded as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The connection's auth headers, or null when the handshake carries none that can be read. */
export function handshakeHeaders(url: URL, protocols: Set<string>): Record<string, string> | null {
  const fromQuery = url.searchParams.get('header');
  if (fromQuery) {
    const decoded = decodeJson(fromQuery);
    return decoded ? lowerCase(decoded) : null;
  }
  for (const protocol of protocols) {
    if (protocol.startsWith('header-')) {
      const decoded = decodeJson(protocol.slice('header-'.length));
      return decoded ? lowerCase(decoded) : null;
    }
  }
  return null;
}
