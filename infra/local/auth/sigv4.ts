/**
 * Verification of AWS Signature Version 4 (header form), as AppSync checks IAM-signed requests.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 *
 * The signature covers the method, path, query, the signed headers and the SHA-256 of the raw body, so a body
 * changed after signing fails. Requests dated more than 5 minutes from now are refused, as AWS does.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { incompleteSignature, signatureExpired, signatureMismatch, signatureNotYetCurrent, unrecognizedClient } from './errors';

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 5 * 60 * 1000;

export interface SignedRequest {
  method: string;
  /** Path plus optional query string, as received. */
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string | Buffer;
}

interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

function parseAuthorization(value: string): ParsedAuthorization {
  const parts = new Map<string, string>();
  for (const piece of value.slice(SIGV4_ALGORITHM.length).split(',')) {
    const eq = piece.indexOf('=');
    if (eq > 0) parts.set(piece.slice(0, eq).trim(), piece.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((p) => !parts.get(p));
  if (missing.length > 0) {
    throw incompleteSignature(missing.map((p) => `Authorization header requires '${p}' parameter.`).join(' '));
  }
  const scope = parts.get('Credential')!.split('/');
  if (scope.length !== 5 || scope[4] !== 'aws4_request') {
    throw incompleteSignature(`Credential should be scoped to a valid region, not '${parts.get('Credential')}'.`);
  }
  const [accessKeyId, date, region, service] = scope;
  return { accessKeyId, date, region, service, signedHeaders: parts.get('SignedHeaders')!.split(';'), signature: parts.get('Signature')! };
}

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalPath(rawPath: string): string {
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = rawPath.endsWith('/') && segments.length > 0 ? '/' : '';
  // Non-S3 services encode the already-encoded path once more (the SDK signers' default).
  return `/${segments.map(rfc3986).join('/')}${trailing}`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return '';
  const pairs = rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      return [rfc3986(safeDecode(key)), rfc3986(safeDecode(value))] as const;
    });
  pairs.sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

function canonicalRequest(req: SignedRequest, signedHeaders: string[]): string {
  const q = req.path.indexOf('?');
  const path = q < 0 ? req.path : req.path.slice(0, q);
  const query = q < 0 ? '' : req.path.slice(q + 1);
  const headerLines = signedHeaders.map((name) => `${name}:${(req.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  return [req.method.toUpperCase(), canonicalPath(path), canonicalQuery(query), headerLines, signedHeaders.join(';'), sha256Hex(req.body ?? '')].join('\n');
}

function amzDateToMs(amzDate: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

function msToAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface VerifyOptions {
  service: string;
  region: string;
  now: number;
  /** The secret for an access key id, or undefined when the key is unknown. */
  secretFor: (accessKeyId: string) => string | undefined;
}

/** Verifies a SigV4-signed request; returns the access key id that signed it, or throws an UnauthorizedError. */
export function verifySigV4(req: SignedRequest, options: VerifyOptions): { accessKeyId: string } {
  const auth = parseAuthorization(req.headers.authorization ?? '');
  const amzDate = req.headers['x-amz-date'] ?? '';
  const signedAt = amzDateToMs(amzDate);
  if (Number.isNaN(signedAt)) throw incompleteSignature(`Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`);
  if (!auth.signedHeaders.includes('host')) throw incompleteSignature(`'Host' must be a signed header.`);
  if (signedAt < options.now - MAX_SKEW_MS) {
    throw signatureExpired(amzDate, msToAmzDate(options.now - MAX_SKEW_MS), msToAmzDate(options.now));
  }
  if (signedAt > options.now + MAX_SKEW_MS) {
    throw signatureNotYetCurrent(amzDate, msToAmzDate(options.now + MAX_SKEW_MS), msToAmzDate(options.now));
  }
  const secret = options.secretFor(auth.accessKeyId);
  if (secret === undefined) throw unrecognizedClient();
  if (auth.service !== options.service || auth.region !== options.region || auth.date !== amzDate.slice(0, 8)) {
    throw signatureMismatch();
  }
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = [SIGV4_ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest(req, auth.signedHeaders))].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, auth.date), auth.region), auth.service), 'aws4_request');
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest();
  const given = Buffer.from(auth.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw signatureMismatch();
  return { accessKeyId: auth.accessKeyId };
}
