import type { AppSyncErrorInfo } from '../invocation';
import type { ExtensionCall } from '../extensions';

export type HandlerName = 'request' | 'response';

/**
 * What one handler call produced.
 * - `returned`: the handler returned `value`.
 * - `earlyReturn`: runtime.earlyReturn(value, { skipTo }) stopped it.
 * - `error`: util.error/unauthorized, or an exception (`error` says which, by errorType).
 */
export interface HandlerOutcome {
  status: 'returned' | 'earlyReturn' | 'error';
  value: unknown;
  skipTo?: 'END' | 'NEXT';
  error?: AppSyncErrorInfo;
  /** util.appendError calls. */
  errors: AppSyncErrorInfo[];
  logs: string[];
  extensionsCalls: ExtensionCall[];
  responseHeaders?: Record<string, unknown>;
}
