/**
 * What one resolver execution accumulates across its handler calls: appended errors, logs,
 * extensions calls, response headers; and the one stash (inside the request context).
 */
import type { LoadedResolver, HandlerName, HandlerOutcome } from '../evaluator/index';
import type { AppSyncErrorInfo, AuthTypeName } from '../invocation';
import type { ExtensionCall } from '../extensions';
import type { RequestContext, ResolverContext } from '../context';
import type { EngineResult } from './types';
import type { Deadline } from './deadline';

export class RunState {
  readonly errors: AppSyncErrorInfo[] = [];
  readonly logs: string[] = [];
  readonly extensionsCalls: ExtensionCall[] = [];
  responseHeaders?: Record<string, unknown>;

  constructor(
    readonly base: RequestContext,
    readonly deadline: Deadline,
    readonly authType: AuthTypeName,
    readonly now?: () => number,
  ) {}

  call(resolver: LoadedResolver, handler: HandlerName, ctx: ResolverContext): HandlerOutcome {
    const outcome = resolver.invoke(handler, ctx, { authType: this.authType, now: this.now });
    this.errors.push(...outcome.errors);
    this.logs.push(...outcome.logs);
    this.extensionsCalls.push(...outcome.extensionsCalls);
    if (outcome.responseHeaders) this.responseHeaders = { ...this.responseHeaders, ...outcome.responseHeaders };
    return outcome;
  }

  finish(data: unknown, stopError?: AppSyncErrorInfo): EngineResult {
    const result: EngineResult = {
      data: stopError ? null : data === undefined ? null : data,
      errors: stopError ? [...this.errors, stopError] : this.errors,
      logs: this.logs,
      extensionsCalls: this.extensionsCalls,
      stash: this.base.stash,
    };
    if (stopError) result.stopError = stopError;
    if (this.responseHeaders) result.responseHeaders = this.responseHeaders;
    return result;
  }
}
