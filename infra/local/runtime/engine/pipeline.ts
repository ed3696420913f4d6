/**
 * Pipeline resolver: before (resolver request) -> each function (request -> data source ->
 * response) -> after (resolver response). Each step's result is the next one's `ctx.prev.result`.
 *
 * Stopping (https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html):
 * - util.error / an exception anywhere stops the pipeline; the field is null with that error.
 *   util.appendError never stops anything.
 * - earlyReturn in a function request skips its data source and response; the value is the
 *   function's result and the next function runs (`skipTo: 'NEXT'`, the default there).
 * - earlyReturn in the resolver request, or anywhere with `skipTo: 'END'`, skips the remaining
 *   functions; the after handler runs at once with the value as `ctx.prev.result`.
 * - earlyReturn in the resolver request with `skipTo: 'NEXT'` goes on to the first function.
 * - earlyReturn in a response handler makes the value that handler's result.
 */
import { loadResolver, type LoadedResolver } from '../evaluator/index';
import { handlerContext } from '../context';
import type { AppSyncErrorInfo } from '../invocation';
import { callDataSource } from './call-data-source';
import type { RunState } from './run-state';
import type { EngineResult, FunctionDefinition } from './types';

type StepResult = { stop: AppSyncErrorInfo } | { value: unknown; end: boolean };

async function runFunction(fn: FunctionDefinition, code: LoadedResolver, prev: unknown, run: RunState): Promise<StepResult> {
  const request = run.call(code, 'request', handlerContext(run.base, { prev: { result: prev } }));
  if (request.status === 'error') return { stop: request.error! };
  if (request.status === 'earlyReturn') return { value: request.value, end: request.skipTo === 'END' };
  const outcome = await callDataSource(fn.dataSource, request.value, handlerContext(run.base, { prev: { result: prev } }), run.deadline);
  const response = run.call(
    code,
    'response',
    handlerContext(run.base, { prev: { result: prev }, result: outcome.result ?? null, error: outcome.error }),
  );
  if (response.status === 'error') return { stop: response.error! };
  return { value: response.value, end: response.status === 'earlyReturn' && response.skipTo === 'END' };
}

export async function runPipeline(code: string, functions: FunctionDefinition[], run: RunState): Promise<EngineResult> {
  const resolver = loadResolver(code);
  const steps = functions.map((fn) => ({ fn, code: loadResolver(fn.code) }));
  const before = run.call(resolver, 'request', handlerContext(run.base));
  if (before.status === 'error') return run.finish(null, before.error);
  let prev = before.value;
  if (before.status !== 'earlyReturn' || before.skipTo === 'NEXT') {
    for (const step of steps) {
      const result = await runFunction(step.fn, step.code, prev, run);
      if ('stop' in result) return run.finish(null, result.stop);
      prev = result.value;
      if (result.end) break;
    }
  }
  const after = run.call(resolver, 'response', handlerContext(run.base, { prev: { result: prev } }));
  if (after.status === 'error') return run.finish(null, after.error);
  return run.finish(after.value);
}
