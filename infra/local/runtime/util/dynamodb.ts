/**
 * `util.dynamodb`: converters from plain values to DynamoDB typed values, with AWS's exact output.
 * https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html
 *
 * Surprising but documented: numbers stay JSON numbers (`toNumber(12345)` is `{ "N": 12345 }`, and
 * `toNumberSet([1, 23, 4.56])` is `{ "NS": [1, 23, 4.56] }`); the DynamoDB data source turns them into
 * strings when it talks to DynamoDB. Lists are always `L`, never sets.
 */

/** A DynamoDB typed value as resolvers write it: `{ S: "x" }`, `{ N: 1 }`, `{ M: {...} }`, ... */
export type TypedValue = Record<string, unknown>;

/** Thrown for input a converter cannot take; the evaluator reports it at the call site. */
export class DynamoDbConversionError extends Error {
  readonly errorType = 'DynamoDbConversionError';
}

function fail(fn: string, expected: string, value: unknown): never {
  throw new DynamoDbConversionError(`util.dynamodb.${fn} expects ${expected}, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Typed values made by the module's set helpers (`toStringSet` in '@aws-appsync/utils/dynamodb') carry this
 * hidden mark, so converters pass them through as attribute values instead of treating them as maps.
 */
const TYPED = Symbol.for('appsync-local.dynamodb.typed-value');

export function markTyped<T extends object>(value: T): T {
  Object.defineProperty(value, TYPED, { value: true, enumerable: false });
  return value;
}

export function isMarkedTyped(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[TYPED] === true;
}

/** The general converter: S, N, BOOL, NULL, L, M. `undefined` converts to null (no attribute value). */
export function toDynamoDB(value: unknown): TypedValue | null {
  if (value === undefined) return null;
  if (value === null) return { NULL: null };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('toDynamoDB', 'a finite number', value);
    return { N: value };
  }
  if (typeof value === 'boolean') return { BOOL: value };
  if (isMarkedTyped(value)) return value as TypedValue;
  if (Array.isArray(value)) return { L: value.map((entry) => toDynamoDB(entry) ?? { NULL: null }) };
  if (isPlainObject(value)) return { M: toMapValues(value) };
  return fail('toDynamoDB', 'a JSON value', value);
}

/** Each value of the map converted; attributes whose value is `undefined` are left out, as JSON does. */
export function toMapValues(value: unknown): Record<string, TypedValue> {
  if (!isPlainObject(value)) fail('toMapValues', 'an object', value);
  const out: Record<string, TypedValue> = {};
  for (const [name, entry] of Object.entries(value)) {
    const typed = toDynamoDB(entry);
    if (typed !== null) out[name] = typed;
  }
  return out;
}

function optional<T>(fn: string, expected: string, check: (v: unknown) => boolean, build: (v: never) => T) {
  return (value: unknown): T | null => {
    if (value === null || value === undefined) return null;
    if (!check(value)) fail(fn, expected, value);
    return build(value as never);
  };
}

const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const listOf = (check: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(check);

/** Builds the S3 object JSON in the documented layout (`{ "s3" : { "key" : ... } }`). */
export function toS3Object(key: unknown, bucket: unknown, region: unknown, version?: unknown): TypedValue {
  for (const [name, part] of [['key', key], ['bucket', bucket], ['region', region]] as const) {
    if (typeof part !== 'string') fail('toS3Object', `a string ${name}`, part);
  }
  const fields = [['key', key], ['bucket', bucket], ['region', region]];
  if (version !== undefined && version !== null) {
    if (typeof version !== 'string') fail('toS3Object', 'a string version', version);
    fields.push(['version', version]);
  }
  const inner = fields.map(([k, v]) => `${JSON.stringify(k)} : ${JSON.stringify(v)}`).join(', ');
  return { S: `{ "s3" : { ${inner} } }` };
}

/** Reads an S3 object back: accepts the JSON string or the `{ S: ... }` attribute holding it. */
export function fromS3ObjectJson(value: unknown): Record<string, string> {
  const text = isPlainObject(value) && typeof value.S === 'string' ? value.S : value;
  if (typeof text !== 'string') fail('fromS3ObjectJson', 'an S3 object JSON string', value);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    fail('fromS3ObjectJson', 'valid S3 object JSON', value);
  }
  const s3 = isPlainObject(parsed) ? parsed.s3 : undefined;
  if (!isPlainObject(s3)) fail('fromS3ObjectJson', 'JSON with an "s3" object', value);
  const out: Record<string, string> = {};
  for (const name of ['key', 'bucket', 'region', 'version']) {
    if (typeof s3[name] === 'string') out[name] = s3[name] as string;
  }
  return out;
}

export function createDynamoDbUtil() {
  return {
    toDynamoDB,
    toString: optional('toString', 'a string', isString, (v: string) => ({ S: v })),
    toStringSet: optional('toStringSet', 'a list of strings', listOf(isString), (v: string[]) => ({ SS: [...v] })),
    toNumber: optional('toNumber', 'a number', isNumber, (v: number) => ({ N: v })),
    toNumberSet: optional('toNumberSet', 'a list of numbers', listOf(isNumber), (v: number[]) => ({ NS: [...v] })),
    toBinary: optional('toBinary', 'a base64 string', isString, (v: string) => ({ B: v })),
    toBinarySet: optional('toBinarySet', 'a list of base64 strings', listOf(isString), (v: string[]) => ({ BS: [...v] })),
    toBoolean: optional('toBoolean', 'a boolean', (v) => typeof v === 'boolean', (v: boolean) => ({ BOOL: v })),
    toNull: () => ({ NULL: null }),
    toList: optional('toList', 'a list', Array.isArray, (v: unknown[]) => toDynamoDB(v)),
    toMap: optional('toMap', 'an object', isPlainObject, (v: Record<string, unknown>) => ({ M: toMapValues(v) })),
    toMapValues: (value: unknown) => (value === null || value === undefined ? null : toMapValues(value)),
    toS3Object,
    fromS3ObjectJson,
  };
}
