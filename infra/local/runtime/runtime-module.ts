/**
 * The `runtime` global. `earlyReturn` stops the current handler; where execution resumes depends on
 * the position (unit/pipeline/function, request/response) and `skipTo`, decided by the engine.
 * https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html
 */
import { EarlyReturnSignal } from './invocation';

export class RuntimeInputError extends Error {
  override readonly name = 'RuntimeInputError';
}

export function createRuntime() {
  return {
    earlyReturn(value?: unknown, options?: { skipTo?: unknown }): never {
      const skipTo = options?.skipTo;
      if (skipTo !== undefined && skipTo !== 'END' && skipTo !== 'NEXT') {
        throw new RuntimeInputError(`runtime.earlyReturn: skipTo must be 'END' or 'NEXT', got ${JSON.stringify(skipTo)}`);
      }
      throw new EarlyReturnSignal(value, skipTo);
    },
  };
}
