/**
 * util.http: copyHeaders, addResponseHeader, addResponseHeaders.
 * https://docs.aws.amazon.com/appsync/latest/devguide/http-helpers-in-utils-http-js.html
 */
import type { InvocationState } from '../invocation';

/** Headers copyHeaders drops (compared without case). */
export const RESTRICTED_REQUEST_HEADERS = [
  'transfer-encoding', 'connection', 'host', 'expect', 'keep-alive', 'upgrade',
  'proxy-authenticate', 'proxy-authorization', 'te', 'content-length',
] as const;

/** Names a response header may not have, on top of the restricted request headers. */
export const RESTRICTED_RESPONSE_HEADERS = [
  'access-control-allow-credentials', 'access-control-allow-origin', 'access-control-expose-headers',
  'access-control-max-age', 'access-control-allow-methods', 'access-control-allow-headers', 'vary', 'content-type',
] as const;

const RESTRICTED_PREFIXES = ['x-amzn-', 'x-amz-'];
/** Custom response headers, names and values, may not exceed 4 KB. */
export const RESPONSE_HEADERS_MAX_BYTES = 4096;

const requestRestricted = new Set<string>(RESTRICTED_REQUEST_HEADERS);
const responseRestricted = new Set<string>([...RESTRICTED_REQUEST_HEADERS, ...RESTRICTED_RESPONSE_HEADERS]);

function headerText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function rejection(name: unknown, value: unknown, headers: Record<string, unknown>): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return 'Header name must be a non-empty string';
  const lower = name.toLowerCase();
  if (responseRestricted.has(lower)) return `Header name '${name}' is restricted`;
  if (RESTRICTED_PREFIXES.some((p) => lower.startsWith(p))) return `Header name '${name}' uses a restricted prefix (x-amzn-, x-amz-)`;
  if (value === null || value === undefined) return `Header '${name}' has a null value`;
  const next = { ...headers, [name]: value };
  const size = Object.entries(next).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(headerText(v)), 0);
  if (size > RESPONSE_HEADERS_MAX_BYTES) return `Custom response headers exceed ${RESPONSE_HEADERS_MAX_BYTES} bytes`;
  return undefined;
}

export function createHttpUtil(state: InvocationState) {
  const add = (name: unknown, value: unknown): void => {
    const headers = state.responseHeaders ?? {};
    const reason = rejection(name, value, headers);
    if (reason !== undefined) {
      // An empty, restricted or null header is ignored and reported as a ResponseHeaderError.
      state.errors.push({ message: reason, errorType: 'ResponseHeaderError' });
      return;
    }
    state.responseHeaders = { ...headers, [name as string]: value };
  };
  return {
    /** A copy of the map without the restricted HTTP headers, to forward to an HTTP endpoint. */
    copyHeaders(headers: unknown): Record<string, unknown> {
      if (headers === null || typeof headers !== 'object') return {};
      return Object.fromEntries(Object.entries(headers).filter(([k]) => !requestRestricted.has(k.toLowerCase())));
    },
    addResponseHeader(name: unknown, value: unknown): void {
      add(name, value);
    },
    addResponseHeaders(headers: unknown): void {
      if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
        state.errors.push({ message: 'addResponseHeaders expects a map of header names to values', errorType: 'ResponseHeaderError' });
        return;
      }
      for (const [name, value] of Object.entries(headers)) add(name, value);
    },
  };
}
