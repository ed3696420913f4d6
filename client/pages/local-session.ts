/// <reference lib="dom" />
/**
 * What the local pages share: the gateway's `amplify_outputs.json` for this origin, the signed-in token (kept in
 * sessionStorage: one tab, gone when it closes), local sign-in through `POST /local/token`, reading a token's claims,
 * and the WebSocket shim a page on the plain-HTTP port needs.
 */

/** The parts of the Gen 2 outputs the pages read (infra/local/gateway/outputs.ts writes them). */
export interface AmplifyOutputs {
  version: string;
  auth: { aws_region: string; user_pool_id: string; user_pool_client_id: string };
  data: { url: string; aws_region: string; api_key: string; default_authorization_type: string; authorization_types: string[] };
}

const TOKEN_KEY = 'local-gateway.token';

export async function loadOutputs(): Promise<AmplifyOutputs> {
  const res = await fetch('/amplify_outputs.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`GET /amplify_outputs.json answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as AmplifyOutputs;
}

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Mints a token at the gateway's local-only endpoint (the browser twin of `npm run local:token`). */
export async function mintLocalToken(request: { sub: string; groups: string[]; claims?: Record<string, string>; expiresInSeconds?: number }): Promise<string> {
  const res = await fetch('/local/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const body = (await res.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!res.ok || !body.token) throw new Error(`local sign-in refused (${res.status}): ${body.error ?? 'no token in the answer'}`);
  return body.token;
}

export interface TokenClaims {
  sub: string;
  groups: string[];
  phone: string | null;
  tenantId: string | null;
  email: string | null;
  expiresAt: Date | null;
  [claim: string]: unknown;
}

/** The claims of a JWT, read without checking the signature (the gateway checks it); throws on something else. */
export function readClaims(token: string): TokenClaims {
  const parts = token.trim().split('.');
  if (parts.length !== 3) throw new Error('not a JWT (expected three dot-separated parts)');
  const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=')), (c) => c.charCodeAt(0));
  const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    ...claims,
    sub: text(claims.sub) ?? '',
    groups: Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as string[]) : [],
    phone: text(claims.phone_number),
    tenantId: text(claims['custom:tenant_id']),
    email: text(claims.email),
    expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null,
  };
}

/**
 * aws-amplify v6 always opens `wss://` (api-graphql's appsyncUrl.ts turns http:// into wss:// too), but the gateway's
 * plain port speaks `ws://`. On a page served over plain HTTP, WebSockets to this very host are opened as `ws://`;
 * Amplify itself is untouched, and a page served over HTTPS keeps `wss://`.
 */
export function useWsOnPlainHttp(): void {
  if (location.protocol !== 'http:') return;
  const Native = window.WebSocket;
  const own = `wss://${location.host}/`;
  class PlainPortWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      const target = String(url);
      super(target.startsWith(own) ? `ws://${target.slice('wss://'.length)}` : target, protocols);
    }
  }
  window.WebSocket = PlainPortWebSocket;
}

/** Shortcut for the pages' elements: the element with this id, or an error naming the missing one. */
export function byId<T extends HTMLElement | SVGElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as unknown as T;
}
