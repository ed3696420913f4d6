/**
 * Unit resolver: request -> data source -> response, for APPSYNC_JS code and VTL templates alike.
 * earlyReturn in the request skips the data source and the response; its value is the field's
 * (https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html).
 */
import type { LoadedResolver } from '../evaluator/index';
import { handlerContext } from '../context';
import type { DataSource } from '../../datasources/types';
import { callDataSource } from './call-data-source';
import type { RunState } from './run-state';
import type { EngineResult } from './types';

export async function runUnit(resolver: LoadedResolver, dataSource: DataSource, run: RunState): Promise<EngineResult> {
  const request = run.call(resolver, 'request', handlerContext(run.base));
  if (request.status === 'error') return run.finish(null, request.error);
  if (request.status === 'earlyReturn') return run.finish(request.value);
  const outcome = await callDataSource(dataSource, request.value, handlerContext(run.base), run.deadline);
  const response = run.call(
    resolver,
    'response',
    handlerContext(run.base, { result: outcome.result ?? null, error: outcome.error }),
  );
  if (response.status === 'error') return run.finish(null, response.error);
  return run.finish(response.value);
}
