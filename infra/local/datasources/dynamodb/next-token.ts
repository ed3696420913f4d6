/**
 * Opaque pagination tokens. AppSync never shows DynamoDB's LastEvaluatedKey: `nextToken` is an opaque
 * string. Ours is base64url JSON of `{ v, t, k }` (version, table/index it belongs to, the key with
 * binaries as base64); a token for another table or index, or a tampered one, is refused.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { RequestShapeError } from './errors';

type Key = Record<string, AttributeValue>;

function encodeValue(value: AttributeValue): unknown {
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  return value;
}

function decodeValue(value: Record<string, unknown>): AttributeValue {
  if (typeof value.B === 'string') return { B: new Uint8Array(Buffer.from(value.B, 'base64')) };
  return value as unknown as AttributeValue;
}

export function encodeNextToken(scope: string, key: Key | undefined): string | null {
  if (!key || Object.keys(key).length === 0) return null;
  const k = Object.fromEntries(Object.entries(key).map(([name, v]) => [name, encodeValue(v)]));
  return Buffer.from(JSON.stringify({ v: 1, t: scope, k })).toString('base64url');
}

export function decodeNextToken(scope: string, token: unknown): Key | undefined {
  if (token === undefined || token === null) return undefined;
  const invalid = new RequestShapeError('Invalid nextToken: it does not come from this table and index');
  if (typeof token !== 'string' || token === '') throw invalid;
  let parsed: { v?: unknown; t?: unknown; k?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (parsed?.v !== 1 || parsed.t !== scope || typeof parsed.k !== 'object' || parsed.k === null) throw invalid;
  return Object.fromEntries(
    Object.entries(parsed.k as Record<string, Record<string, unknown>>).map(([name, v]) => [name, decodeValue(v)]),
  );
}
