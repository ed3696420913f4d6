/**
 * An exception raised while a handler runs (a TypeError in the resolver, bad input to a util) as
 * AppSync reports it: `code.js:L:C: message`, located at the resolver line that was executing.
 * Signals (util.error, runtime.earlyReturn) are not exceptions and never come here.
 */
import type { AppSyncErrorInfo } from '../invocation';

/** errorType of a handler that failed with an exception rather than util.error. */
export const CODE_ERROR_TYPE = 'Code';

/** Errors whose message already names the util that refused its input. */
const SELF_DESCRIBING = new Set(['UtilInputError', 'RuntimeInputError']);

export function runtimeErrorInfo(error: unknown): AppSyncErrorInfo {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown; stack?: unknown };
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const text = SELF_DESCRIBING.has(name) ? message : `${name}: ${message}`;
  const where = /code\.js:(\d+):(\d+)/.exec(typeof e.stack === 'string' ? e.stack : '');
  return { message: where ? `code.js:${where[1]}:${where[2]}: ${text}` : text, errorType: CODE_ERROR_TYPE };
}
