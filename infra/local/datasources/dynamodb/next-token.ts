/**
 * Opaque pagination tokens. AppSync never shows DynamoDB's LastEvaluatedKey: `nextToken` is an opaque,
 * encrypted string. Ours is AES-256-GCM over `{ v, t, k }` (version, the operation/table/index it belongs
 * to, the key in DynamoDB JSON, so binaries as base64), base64url-encoded. The key is fixed, so tokens survive a restart
 * of the local gateway; a token for another table or index, or an altered one, is refused.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { RequestShapeError } from './errors';
import type { AttributeValue } from './types';

type Key = Record<string, AttributeValue>;

const KEY = createHash('sha256').update('appsync-local:dynamodb:next-token:v1').digest();
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function encodeNextToken(scope: string, key: Key | undefined): string | null {
  if (!key || Object.keys(key).length === 0) return null;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ v: 1, t: scope, k: key }), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

function decrypt(token: string): unknown {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) throw new Error('too short');
  const decipher = createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

export function decodeNextToken(scope: string, token: unknown): Key | undefined {
  if (token === undefined || token === null) return undefined;
  const invalid = new RequestShapeError('Invalid nextToken: it does not come from this table and index');
  if (typeof token !== 'string' || token === '') throw invalid;
  let parsed: { v?: unknown; t?: unknown; k?: unknown };
  try {
    parsed = decrypt(token) as typeof parsed;
  } catch {
    throw invalid;
  }
  if (parsed?.v !== 1 || parsed.t !== scope || typeof parsed.k !== 'object' || parsed.k === null) throw invalid;
  return parsed.k as Key;
}
