/**
 * GraphQL errors in AppSync's shape: `{ path, data, errorType, errorInfo, locations, message }`.
 * https://docs.aws.amazon.com/appsync/latest/devguide/troubleshooting-and-common-mistakes.html
 *
 * Errors raised by resolvers (util.error, util.appendError, util.unauthorized) keep their errorType/data/errorInfo.
 * Anything else that escapes (a bug in the local runtime, say) is masked as "Unexpected error." so the client learns
 * nothing about the server's internals; the cause is logged.
 */
import { GraphQLError, type SourceLocation } from 'graphql';
import type { AppSyncErrorInfo } from '../runtime/invocation';

export interface AppSyncGraphQLError {
  path: (string | number)[] | null;
  data: unknown;
  errorType: string | null;
  errorInfo: unknown;
  locations: { line: number; column: number; sourceName: null }[];
  message: string;
}

/** A GraphQL error carrying a resolver's AppSync error fields. */
export function resolverError(error: AppSyncErrorInfo, path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError(error.message, {
    path,
    extensions: { appsync: { errorType: error.errorType ?? null, data: error.data ?? null, errorInfo: error.errorInfo ?? null } },
  });
}

/** An error the server raises itself (validation, limits, auth), with a fixed errorType. */
export function serverError(message: string, errorType: string, locations?: readonly SourceLocation[]): AppSyncGraphQLError {
  return {
    path: null,
    data: null,
    errorType,
    errorInfo: null,
    locations: (locations ?? []).map((l) => ({ line: l.line, column: l.column, sourceName: null })),
    message,
  };
}

/** graphql-js's own execution errors (a null in a non-null field, a value a scalar refuses) are the client's to see. */
const EXECUTION_ERRORS = /^(Cannot return null for non-nullable field|Expected Iterable|Can't serialize value|Enum ".*" cannot represent|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent|ID cannot represent)/;

function isKnown(error: GraphQLError): boolean {
  if (error.extensions?.appsync || !error.originalError || error.originalError instanceof GraphQLError) return true;
  return EXECUTION_ERRORS.test(error.originalError.message);
}

/** Formats a graphql-js error as AppSync does, masking unexpected ones. */
export function formatError(error: GraphQLError, log: (message: string) => void = console.error): AppSyncGraphQLError {
  const appsync = error.extensions?.appsync as { errorType: string | null; data: unknown; errorInfo: unknown } | undefined;
  const known = isKnown(error);
  if (!known) log(`unexpected resolver failure at ${error.path?.join('.') ?? '?'}: ${error.originalError?.stack ?? error.message}`);
  return {
    path: error.path ? [...error.path] : null,
    data: appsync?.data ?? null,
    errorType: appsync ? appsync.errorType : known ? (error.path ? 'ExecutionError' : 'ValidationError') : 'InternalFailure',
    errorInfo: appsync?.errorInfo ?? null,
    locations: (error.locations ?? []).map((l) => ({ line: l.line, column: l.column, sourceName: null })),
    message: known ? error.message : 'Unexpected error.',
  };
}
