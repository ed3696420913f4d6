/**
 * The AppSync real-time (GraphQL over WebSocket) messages, server side.
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 *
 * Client -> server: connection_init, start, stop. Server -> client: connection_ack, ka, start_ack, data, complete,
 * error, connection_error. Errors carry `errorType` and, for connection errors, `errorCode` (HTTP-like).
 */

export interface RealtimeError {
  errorType: string;
  message?: string;
  errorCode?: number;
}

export const connectionAck = (connectionTimeoutMs: number) => ({ type: 'connection_ack', payload: { connectionTimeoutMs } });
export const keepAlive = () => ({ type: 'ka' });
export const startAck = (id: string) => ({ type: 'start_ack', id });
export const complete = (id: string) => ({ type: 'complete', id });
export const error = (id: string | undefined, errors: RealtimeError[]) => ({ type: 'error', ...(id ? { id } : {}), payload: { errors } });
export const connectionError = (errors: RealtimeError[]) => ({ type: 'connection_error', payload: { errors } });

/** What AppSync answers to a message type it does not know, or to a query/mutation on the real-time channel. */
export const unsupported = (id: string | undefined, what: string) =>
  error(id, [{ errorType: 'UnsupportedOperation', message: `${what} not supported through the realtime channel` }]);

/** Real AppSync answers an invalid or expired credential at connect time like this (errorCode 401). */
export const unauthorizedConnection = (message: string) => connectionError([{ errorType: 'UnauthorizedException', message, errorCode: 401 }]);

export interface StartMessage {
  id: string;
  type: 'start';
  payload: { data: string; extensions?: { authorization?: Record<string, string> } };
}
