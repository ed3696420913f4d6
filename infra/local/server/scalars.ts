/**
 * AppSync's scalars, validated as AppSync validates them.
 * https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
 *
 * Surprising parts kept on purpose:
 * - AWSJSON input arrives in resolvers parsed (a map, list or scalar), not as the string the client sent; output is
 *   serialized back to a JSON string.
 * - AWSDate/AWSTime/AWSDateTime accept an optional zone offset `Z` or `±hh:mm[:ss]` (seconds are accepted although
 *   ISO 8601 has none).
 * - AWSTimestamp is an integer number of seconds.
 * - AWSPhone: digits with optional spaces or hyphens and an optional leading `+country`.
 */
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type GraphQLSchema, type ValueNode } from 'graphql';

const OFFSET = '(?:Z|[+-]\\d{2}:\\d{2}(?::\\d{2})?)';
const DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?';

const patterns = {
  AWSDate: new RegExp(`^${DATE}${OFFSET}?$`),
  AWSTime: new RegExp(`^${TIME}${OFFSET}?$`),
  AWSDateTime: new RegExp(`^${DATE}T${TIME}${OFFSET}$`),
  AWSEmail: /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+\.[^\s@"(),:;<>[\\\]]+$/,
  AWSPhone: /^\+?\d[\d\s-]{3,18}\d$/,
  AWSURL: /^[a-zA-Z][a-zA-Z\d+.-]*:(?:\/\/[^\s/]+(?:\/(?!\/)[^\s]*)?|[^\s/][^\s]*)$/,
};

function validDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isIpAddress(value: string): boolean {
  const [address, prefix, extra] = value.split('/');
  if (extra !== undefined) return false;
  const v4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/.test(address);
  const v6 = !v4 && /^[\da-fA-F:.]+$/.test(address) && address.includes(':') && isIpv6(address);
  if (!v4 && !v6) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (v4 ? 32 : 128);
}

function isIpv6(address: string): boolean {
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  const limit = halves.length === 2 ? 7 : 8;
  return groups.length <= limit && (halves.length === 2 || groups.length === 8) && groups.every((g) => /^[\da-fA-F]{1,4}$/.test(g));
}

type Check = (value: unknown) => unknown;

function stringScalar(name: keyof typeof patterns | 'AWSIPAddress', extra?: (s: string) => boolean): Check {
  return (value) => {
    const ok =
      typeof value === 'string' &&
      (name === 'AWSIPAddress' ? isIpAddress(value) : patterns[name].test(value)) &&
      (!extra || extra(value));
    if (!ok) throw new GraphQLError(`Can't serialize value: Unable to serialize \`${String(value)}\` as a valid ${name}.`);
    return value;
  };
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value; // a variable may already hold an object
  try {
    return JSON.parse(value);
  } catch {
    throw new GraphQLError(`Variable 'AWSJSON' has an invalid value: Unable to parse \`${value}\` as a valid JSON object.`);
  }
}

function timestamp(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw new GraphQLError(`Can't serialize value: Unable to serialize \`${String(value)}\` as a valid AWSTimestamp.`);
}

const dateCheck = (s: string) => validDate(s);

/** Implementations for the AppSync scalars, keyed by scalar name. */
export const appSyncScalars: Record<string, { check: Check; parseLiteral?: (ast: ValueNode) => unknown; serialize?: Check }> = {
  AWSDate: { check: stringScalar('AWSDate', dateCheck) },
  AWSTime: { check: stringScalar('AWSTime') },
  AWSDateTime: { check: stringScalar('AWSDateTime', dateCheck) },
  AWSEmail: { check: stringScalar('AWSEmail') },
  AWSPhone: { check: stringScalar('AWSPhone') },
  AWSURL: { check: stringScalar('AWSURL') },
  AWSIPAddress: { check: stringScalar('AWSIPAddress') },
  AWSTimestamp: {
    check: timestamp,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.INT) throw new GraphQLError('AWSTimestamp literal must be an integer.');
      return Number(ast.value);
    },
  },
  AWSJSON: {
    check: parseJson,
    parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseJson(ast.value) : valueFromASTUntyped(ast)),
    serialize: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
  },
};

/** Gives the schema's AppSync scalar declarations AppSync's parsing and serialization. */
export function installAppSyncScalars(schema: GraphQLSchema): void {
  for (const [name, impl] of Object.entries(appSyncScalars)) {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLScalarType)) continue;
    const parseLiteral = impl.parseLiteral ?? ((ast: ValueNode) => impl.check(valueFromASTUntyped(ast)));
    Object.assign(type, { parseValue: impl.check, parseLiteral, serialize: impl.serialize ?? impl.check });
  }
}
