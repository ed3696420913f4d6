/**
 * Checks that a request to a local-only route (pages, outputs, token minting) comes from this machine, to this
 * machine, and, when a browser sends it, from a page of the gateway itself:
 * - the peer address is loopback (the listeners bind 127.0.0.1, this holds if someone binds them wider);
 * - the Host header names loopback, which defeats DNS rebinding (a hostile name resolving to 127.0.0.1);
 * - an Origin header, when present, is the gateway's own origin, so another site open in the browser cannot mint a
 *   token (CORS would already keep it from reading the answer; this refuses before anything is minted).
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/, '');
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/** The `host[:port]` of a Host header when it names loopback, else null. */
export function loopbackHost(hostHeader: string | undefined): string | null {
  if (!hostHeader || /[/@?#\\\s]/.test(hostHeader)) return null;
  let url: URL;
  try {
    url = new URL(`http://${hostHeader}`);
  } catch {
    return null;
  }
  const loopback = LOOPBACK_NAMES.has(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
  return loopback ? hostHeader.toLowerCase() : null;
}

/** `http(s)://host:port` of the listener the request arrived on, as the browser names it. */
export function requestOrigin(req: IncomingMessage, host: string): string {
  return `${(req.socket as TLSSocket).encrypted ? 'https' : 'http'}://${host}`;
}

/** The request's origin when it passes every check above, else the reason it does not. */
export function checkLocalRequest(req: IncomingMessage): { origin: string; host: string } | { refused: string } {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return { refused: 'local-only route: the caller is not on this machine' };
  const host = loopbackHost(req.headers.host);
  if (!host) return { refused: 'local-only route: the Host header must be localhost, 127.0.0.1 or [::1]' };
  const origin = requestOrigin(req, host);
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return { refused: `local-only route: requests from ${from} are refused (only ${origin})` };
  return { origin, host };
}
