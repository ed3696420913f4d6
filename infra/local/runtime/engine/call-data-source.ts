/**
 * Sends a request handler's result to a data source. The request crosses as JSON, as on AppSync
 * (functions and `undefined` members disappear). Whatever goes wrong comes back as `ctx.error`,
 * which reaches the client only if the response handler raises it; nothing here throws.
 *
 * A call that outlives the resolver's time limit is abandoned with AppSync's timeout error,
 * `{ message: "Execution timed out.", type: "<Source>:ExecutionTimeoutException" }`, as reported in
 * https://github.com/aws/aws-appsync-community/issues/386 (Lambda) and issues/43 (Http).
 */
import type { DataSource, DataSourceOutcome, DataSourceType } from '../../datasources/types';
import type { ResolverContext } from '../context';
import { DeadlineExceeded, type Deadline } from './deadline';

const ERROR_PREFIX: Record<DataSourceType, string> = {
  AMAZON_DYNAMODB: 'DynamoDB',
  AWS_LAMBDA: 'Lambda',
  HTTP: 'Http',
  NONE: 'None',
  RELATIONAL_DATABASE: 'RDS',
  AMAZON_OPENSEARCH_SERVICE: 'OpenSearch',
  AMAZON_EVENTBRIDGE: 'EventBridge',
  AMAZON_BEDROCK_RUNTIME: 'Bedrock',
};

export function detachJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export async function callDataSource(
  dataSource: DataSource, request: unknown, ctx: ResolverContext, deadline: Deadline,
): Promise<DataSourceOutcome> {
  let detached: unknown;
  try {
    detached = detachJson(request);
  } catch (error) {
    return { error: { message: `The request is not JSON serializable: ${(error as Error).message}`, type: 'Code' } };
  }
  try {
    return await deadline.race(Promise.resolve().then(() => dataSource.invoke(detached, ctx)));
  } catch (error) {
    if (error instanceof DeadlineExceeded) {
      return { error: { message: 'Execution timed out.', type: `${ERROR_PREFIX[dataSource.type] ?? 'DataSource'}:ExecutionTimeoutException` } };
    }
    return { error: { message: (error as Error)?.message ?? String(error), type: 'InternalFailure' } };
  }
}
