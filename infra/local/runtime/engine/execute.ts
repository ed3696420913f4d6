/**
 * Runs one resolver for one field. Never throws: code AppSync would refuse, or a fault of our own,
 * comes back as a field error (a data source timeout is a `ctx.error`, see call-data-source.ts).
 */
import { CodeLoadError, loadResolver } from '../evaluator/index';
import { loadVtlResolver } from '../vtl/load-vtl-resolver';
import { runDirectLambda } from './direct-lambda';
import { createRequestContext, inferAuthType } from '../context';
import { createDeadline, DEFAULT_TIMEOUT_MS } from './deadline';
import { RunState } from './run-state';
import { runUnit } from './unit';
import { runPipeline } from './pipeline';
import type { EngineResult, ExecutionInput, ResolverDefinition } from './types';

export async function executeResolver(definition: ResolverDefinition, input: ExecutionInput = {}): Promise<EngineResult> {
  const base = createRequestContext(input);
  const run = new RunState(
    base,
    createDeadline(input.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    input.authType ?? inferAuthType(base.identity),
    input.now,
  );
  try {
    switch (definition.kind) {
      case 'UNIT':
        return await runUnit(loadResolver(definition.code), definition.dataSource, run);
      case 'VTL':
        return await runUnit(loadVtlResolver({ request: definition.requestTemplate, response: definition.responseTemplate }), definition.dataSource, run);
      case 'DIRECT_LAMBDA':
        return await runDirectLambda(definition.dataSource, definition.batch, run);
      default:
        return await runPipeline(definition.code, definition.functions, run);
    }
  } catch (error) {
    if (error instanceof CodeLoadError) return run.finish(null, { message: error.message, errorType: error.errorType });
    return run.finish(null, { message: `Internal failure: ${(error as Error)?.message ?? String(error)}`, errorType: 'InternalFailure' });
  }
}
