/**
 * AppSync typed values (what request objects hold: `{ N: 12345 }`, `{ B: "base64" }`) to and from DynamoDB JSON,
 * and DynamoDB items to the plain JSON `ctx.result` holds.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html (type system)
 *
 * Request side: numbers may be JSON numbers or strings (DynamoDB wants strings), binaries are base64 strings
 * (re-encoded, so any base64 AppSync would read reaches DynamoDB in its canonical form).
 * Response side: N becomes a JSON number, sets become lists, binaries stay base64 strings, NULL null.
 */
import { RequestShapeError } from './errors';
import type { AttributeValue } from './types';

type Typed = Record<string, unknown>;

function numberText(value: unknown, where: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return value;
  throw new RequestShapeError(`${where}: N must hold a number, got ${JSON.stringify(value)}`);
}

function stringList(value: unknown, where: string, type: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new RequestShapeError(`${where}: ${type} must hold a list of strings`);
  }
  return value as string[];
}

function bytes(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new RequestShapeError(`${where}: B must hold a base64 string`);
  return Buffer.from(value, 'base64').toString('base64');
}

/** One AppSync typed value as a DynamoDB JSON value; `where` names it in errors. */
export function toWireValue(value: unknown, where: string): AttributeValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RequestShapeError(`${where}: expected a typed value such as { "S": "text" }, got ${JSON.stringify(value)}`);
  }
  const entries = Object.entries(value as Typed);
  if (entries.length !== 1) throw new RequestShapeError(`${where}: a typed value has exactly one type key`);
  const [type, inner] = entries[0];
  switch (type) {
    case 'S':
      if (typeof inner !== 'string') throw new RequestShapeError(`${where}: S must hold a string`);
      return { S: inner };
    case 'N':
      return { N: numberText(inner, where) };
    case 'BOOL':
      if (typeof inner !== 'boolean') throw new RequestShapeError(`${where}: BOOL must hold a boolean`);
      return { BOOL: inner };
    case 'NULL':
      return { NULL: true };
    case 'B':
      return { B: bytes(inner, where) };
    case 'SS':
      return { SS: stringList(inner, where, 'SS') };
    case 'NS':
      if (!Array.isArray(inner)) throw new RequestShapeError(`${where}: NS must hold a list of numbers`);
      return { NS: inner.map((n) => numberText(n, where)) };
    case 'BS':
      return { BS: stringList(inner, where, 'BS').map((b) => bytes(b, where)) };
    case 'L':
      if (!Array.isArray(inner)) throw new RequestShapeError(`${where}: L must hold a list`);
      return { L: inner.map((v, i) => toWireValue(v, `${where}[${i}]`)) };
    case 'M':
      return { M: toWireMap(inner, where) };
    default:
      throw new RequestShapeError(`${where}: unknown DynamoDB type "${type}"`);
  }
}

/** A map of name -> typed value (a key, an item, expression values). */
export function toWireMap(value: unknown, where: string): Record<string, AttributeValue> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RequestShapeError(`${where}: expected an object of typed values`);
  }
  const out: Record<string, AttributeValue> = {};
  for (const [name, entry] of Object.entries(value)) out[name] = toWireValue(entry, `${where}.${name}`);
  return out;
}

/** A DynamoDB JSON value as the plain JSON AppSync hands to response handlers. */
export function fromWireValue(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.B !== undefined) return value.B;
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.BS !== undefined) return [...value.BS];
  if (value.L !== undefined) return value.L.map(fromWireValue);
  if (value.M !== undefined) return fromWireItem(value.M);
  return null;
}

export function fromWireItem(item: Record<string, AttributeValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) out[name] = fromWireValue(value);
  return out;
}

/** An item or null (GetItem of a missing key, a null slot in batch results). */
export function fromWireItemOrNull(item: Record<string, AttributeValue> | undefined): Record<string, unknown> | null {
  return item ? fromWireItem(item) : null;
}
