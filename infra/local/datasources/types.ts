/**
 * The data source contract the engine calls between a request and a response handler.
 *
 * `invoke` gets the request object the request handler returned (already a plain JSON value) and
 * answers either a `result` (becomes `ctx.result`) or an `error` (becomes `ctx.error`, e.g.
 * `{ message, type: 'DynamoDB:ConditionalCheckFailedException' }`). It must not throw for a bad
 * request: a refused request is an `error`, which reaches the client only if the response handler
 * raises it. https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 */
import type { ResolverContext } from '../runtime/context';

export type DataSourceType =
  | 'AMAZON_DYNAMODB'
  | 'AWS_LAMBDA'
  | 'NONE'
  | 'HTTP'
  | 'RELATIONAL_DATABASE'
  | 'AMAZON_OPENSEARCH_SERVICE'
  | 'AMAZON_EVENTBRIDGE'
  | 'AMAZON_BEDROCK_RUNTIME';

export interface DataSourceError {
  message: string;
  type: string;
}

export interface DataSourceOutcome {
  result?: unknown;
  error?: DataSourceError;
}

export interface DataSource {
  readonly type: DataSourceType;
  invoke(request: unknown, ctx: ResolverContext): Promise<DataSourceOutcome>;
}
