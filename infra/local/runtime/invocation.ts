/**
 * The state of one evaluation of a resolver handler (one `request` or `response` call).
 *
 * Terms:
 * - invocation: one call of `request` or `response`, isolated from every other.
 * - outErrors: errors added with `util.appendError`; evaluation goes on.
 * - signal: a value thrown to stop evaluation (`util.error`, `util.unauthorized`, `runtime.earlyReturn`);
 *   the evaluator catches it, it never reaches the resolver author.
 */

/** An error as AppSync reports it in a GraphQL response (`errorType`, `data`, `errorInfo`). */
export interface AppSyncErrorInfo {
  message: string;
  errorType?: string;
  data?: unknown;
  errorInfo?: unknown;
}

export type AuthTypeName =
  | 'API Key Authorization'
  | 'IAM Authorization'
  | 'User Pool Authorization'
  | 'Open ID Connect Authorization'
  | 'Lambda Authorization';

export interface InvocationState {
  /** Errors added with util.appendError (AppSync's outErrors). */
  errors: AppSyncErrorInfo[];
  /** console output, as AppSync logs it. */
  logs: string[];
  /** What util.authType() answers for this request. */
  authType: AuthTypeName;
  /** Clock in ms since the epoch; injectable so tests control time. */
  now: () => number;
  /** Response headers set with util.http.addResponseHeader(s); the last value of a name wins. */
  responseHeaders?: Record<string, unknown>;
  /** The field being resolved, for util.unauthorized()'s "Not Authorized to access F on type T". */
  field?: { parentTypeName: string; fieldName: string };
}

/** Thrown by util.error / util.unauthorized: evaluation stops and the error is reported. */
export class UtilErrorSignal {
  constructor(readonly error: AppSyncErrorInfo) {}
}

/** Thrown by runtime.earlyReturn: the handler stops and `value` becomes its result. */
export class EarlyReturnSignal {
  constructor(
    readonly value: unknown,
    readonly skipTo?: 'END' | 'NEXT',
  ) {}
}
