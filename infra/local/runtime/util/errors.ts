/**
 * util.error, util.appendError, util.unauthorized.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
import { type AppSyncErrorInfo, type InvocationState, UtilErrorSignal } from '../invocation';

/** The error block AppSync reports: only the fields the caller gave. */
export function errorInfoOf(message: unknown, errorType?: unknown, data?: unknown, errorInfo?: unknown): AppSyncErrorInfo {
  const info: AppSyncErrorInfo = { message: messageText(message) };
  if (errorType !== undefined && errorType !== null) info.errorType = String(errorType);
  if (data !== undefined) info.data = data;
  if (errorInfo !== undefined) info.errorInfo = errorInfo;
  return info;
}

function messageText(message: unknown): string {
  if (typeof message === 'string') return message;
  if (message === undefined) return 'undefined';
  return typeof message === 'object' ? JSON.stringify(message) : String(message);
}

export function createErrorUtil(state: InvocationState) {
  return {
    /** Stops the evaluation of the handler; the error is reported for the field. */
    error(message: unknown, errorType?: unknown, data?: unknown, errorInfo?: unknown): never {
      throw new UtilErrorSignal(errorInfoOf(message, errorType, data, errorInfo));
    },
    /** Records an error and lets the evaluation go on. */
    appendError(message: unknown, errorType?: unknown, data?: unknown, errorInfo?: unknown): void {
      state.errors.push(errorInfoOf(message, errorType, data, errorInfo));
    },
    /**
     * Throws `Unauthorized` for the field being resolved; AppSync's message names the field:
     * "Not Authorized to access getPost on type Query"
     * (https://repost.aws/knowledge-center/aws-appsync-graphql-request-unauth-error).
     */
    unauthorized(): never {
      const message = state.field
        ? `Not Authorized to access ${state.field.fieldName} on type ${state.field.parentTypeName}`
        : 'Not Authorized';
      throw new UtilErrorSignal({ message, errorType: 'Unauthorized' });
    },
  };
}
