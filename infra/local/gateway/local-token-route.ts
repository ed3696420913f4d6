/**
 * `POST /local/token`: the browser twin of `npm run local:token`, so the local pages can sign someone in without a
 * Cognito to talk to. Body `{"sub": "...", "groups": ["CUSTOMER"], "claims": {"phone_number": "+91..."},
 * "expiresInSeconds": 3600}`; answer `{"token": "<JWT>", "expiresAt": "<ISO time>"}`, signed by the same local
 * issuer the gateway trusts (`.gateway/auth/`).
 *
 * Local only (local-only.ts): loopback peer and Host, and no other site's Origin. The answer carries no CORS header,
 * so even a request that got through could not be read by another origin, and the body must be JSON, which a
 * cross-site form cannot send without a preflight.
 */
import type { ServerResponse } from 'node:http';
import type { LocalIssuer } from '../auth';
import type { ExtraRoute } from './extra-routes';
import { checkLocalRequest } from './local-only';

export const LOCAL_TOKEN_PATH = '/local/token';
/** Longest lifetime a minted token may ask for (12 hours); the default is one hour, as Cognito's. */
export const MAX_TOKEN_SECONDS = 12 * 60 * 60;

export interface TokenBody {
  sub: string;
  groups: string[];
  claims: Record<string, string | number | boolean>;
  expiresInSeconds: number;
}

function answer(res: ServerResponse, status: number, body: unknown): true {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
  return true;
}

/** The request body as a TokenBody, or what is wrong with it. */
export function parseTokenBody(text: string): TokenBody | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'the body is not valid JSON';
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'the body must be a JSON object';
  const body = raw as Record<string, unknown>;
  if (typeof body.sub !== 'string' || body.sub.trim() === '' || body.sub.length > 128) return '"sub" must be a non-empty string of at most 128 characters';
  const groups = body.groups ?? [];
  if (!Array.isArray(groups) || !groups.every((g) => typeof g === 'string' && g.trim() !== '')) return '"groups" must be a list of group names';
  const claims = body.claims ?? {};
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return '"claims" must be an object';
  const bad = Object.entries(claims).find(([, v]) => !['string', 'number', 'boolean'].includes(typeof v));
  if (bad) return `claim "${bad[0]}" must be a string, number or boolean`;
  const expires = body.expiresInSeconds ?? 3600;
  if (!Number.isInteger(expires) || (expires as number) <= 0 || (expires as number) > MAX_TOKEN_SECONDS) {
    return `"expiresInSeconds" must be a whole number from 1 to ${MAX_TOKEN_SECONDS}`;
  }
  return { sub: body.sub.trim(), groups: groups as string[], claims: claims as TokenBody['claims'], expiresInSeconds: expires as number };
}

export function localTokenRoute(issuer: LocalIssuer, now: () => number = Date.now): ExtraRoute {
  return async (req, res, body) => {
    if (req.url?.split('?')[0] !== LOCAL_TOKEN_PATH) return false;
    if (req.method !== 'POST') return answer(res, 405, { error: `use POST ${LOCAL_TOKEN_PATH}` });
    const local = checkLocalRequest(req);
    if ('refused' in local) return answer(res, 403, { error: local.refused });
    if (!String(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      return answer(res, 415, { error: 'send the body as application/json' });
    }
    const request = parseTokenBody((await body()).toString('utf8'));
    if (typeof request === 'string') return answer(res, 400, { error: request });
    const issuedAt = Math.floor(now() / 1000);
    const token = await issuer.mintToken({ ...request, issuedAt });
    return answer(res, 200, { token, expiresAt: new Date((issuedAt + request.expiresInSeconds) * 1000).toISOString() });
  };
}
