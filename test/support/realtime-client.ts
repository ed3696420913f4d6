/** A raw AppSync real-time client for protocol tests: frames in, frames out, nothing hidden. */
import WebSocket from 'ws';

// Frames are arbitrary JSON that tests inspect field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Frame = { type: string; id?: string; payload?: any };

export interface RawRealtime {
  socket: WebSocket;
  frames: Frame[];
  send(frame: unknown): void;
  next(predicate: (f: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  close(): Promise<void>;
}

export const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Opens a connection authorized by `header` (sent as the `header-…` subprotocol, as aws-amplify v6 does); `ca` is the
 * PEM the server's certificate chains to, for a `wss://` gateway.
 */
export function openRealtime(url: string, header: Record<string, string>, via: 'subprotocol' | 'query' = 'subprotocol', ca?: string): Promise<RawRealtime> {
  const target = via === 'query' ? `${url}?header=${Buffer.from(JSON.stringify(header)).toString('base64')}&payload=e30=` : url;
  const protocols = via === 'query' ? ['graphql-ws'] : ['graphql-ws', `header-${b64url(header)}`];
  const socket = new WebSocket(target, protocols, ca ? { ca } : {});
  const frames: Frame[] = [];
  const waiters: { predicate: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  socket.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as Frame;
    frames.push(frame);
    for (const w of [...waiters]) {
      if (w.predicate(frame)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(frame);
      }
    }
  });
  const client: RawRealtime = {
    socket,
    frames,
    send: (frame) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    next: (predicate, timeoutMs = 5000) => {
      const seen = frames.find(predicate);
      if (seen) {
        frames.splice(frames.indexOf(seen), 1);
        return Promise.resolve(seen);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(frames)}`)), timeoutMs);
        waiters.push({
          predicate,
          resolve: (f) => {
            clearTimeout(timer);
            frames.splice(frames.indexOf(f), 1);
            resolve(f);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((done) => {
        if (socket.readyState === WebSocket.CLOSED) return done();
        socket.once('close', () => done());
        socket.close();
      }),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('error', reject);
  });
}

export function startFrame(id: string, query: string, variables: Record<string, unknown>, authorization: Record<string, string>) {
  return { id, type: 'start', payload: { data: JSON.stringify({ query, variables }), extensions: { authorization } } };
}
