/** PostgreSQL rows as the GraphQL types expect them: instants as ISO 8601 strings, the rest unchanged. */
export function toGraphql<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString() : value;
  return out;
}

import { BillingError } from './errors';

/** Opaque keyset cursors for paginated lists. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(token: string | null | undefined, size: number): unknown[] | null {
  if (!token) return null;
  let values: unknown = null;
  try {
    values = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== size) throw new BillingError('BadNextToken', 'nextToken is not one this API issued');
  return values;
}

export function pageLimit(limit: number | null | undefined): number {
  if (limit === null || limit === undefined) return 50;
  return Math.min(Math.max(Math.trunc(limit), 1), 200);
}

/**
 * A page of rows fetched with LIMIT `limit + 1`: the first `limit` as GraphQL items, and a nextToken from the last
 * one's keyset values when there was more.
 */
export function keysetPage(rows: Record<string, unknown>[], limit: number, keyOf: (row: Record<string, unknown>) => unknown[]) {
  const items = rows.slice(0, limit).map(toGraphql);
  const last = items[items.length - 1];
  return { items, nextToken: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
