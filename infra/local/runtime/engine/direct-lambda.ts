/**
 * Direct Lambda resolver: no code and no templates. AppSync invokes the function with the whole context object
 * (arguments, identity, source, request, info, prev, stash) and returns its answer as the field's value; with a
 * maxBatchSize it sends BatchInvoke with a list of contexts instead. A failed invocation becomes the field's error,
 * as the default response does: `#if($ctx.error) $util.error($ctx.error.message, $ctx.error.type, $ctx.result) #end`.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-mapping-template-reference-lambda.html#direct-lambda-resolvers
 */
import { handlerContext } from '../context';
import type { DataSource } from '../../datasources/types';
import { callDataSource } from './call-data-source';
import type { RunState } from './run-state';
import type { EngineResult } from './types';

export async function runDirectLambda(dataSource: DataSource, batch: boolean, run: RunState): Promise<EngineResult> {
  const ctx = handlerContext(run.base);
  const event = {
    arguments: ctx.arguments,
    identity: ctx.identity,
    source: ctx.source,
    request: ctx.request,
    info: ctx.info,
    prev: null,
    stash: ctx.stash,
  };
  const outcome = await callDataSource(dataSource, { operation: batch ? 'BatchInvoke' : 'Invoke', payload: event }, ctx, run.deadline);
  if (outcome.error) return run.finish(null, { message: outcome.error.message, errorType: outcome.error.type });
  return run.finish(outcome.result);
}
