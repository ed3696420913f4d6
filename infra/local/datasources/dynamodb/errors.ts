/**
 * Errors as the AppSync DynamoDB data source reports them in `ctx.error`: `type` is `DynamoDB:<Exception>`
 * and the message carries the service details, as in the published example
 * "The conditional request failed (Service: AmazonDynamoDBv2; Status Code: 400; Error Code:
 * ConditionalCheckFailedException; Request ID: ...)".
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-condition-expressions.html
 */

import type { DataSourceError } from '../types';

export type { DataSourceError };

/** A request object AppSync would refuse before calling DynamoDB (missing key, bad typed value, ...). */
export class RequestShapeError extends Error {}

/** A DynamoDB error as the wire client (and the SDK) throws it: `name` the exception, `$metadata` the HTTP facts. */
interface DynamoError {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

export function isDynamoError(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as DynamoError).name === name;
}

/** Any thrown error as `ctx.error`. Request-shape problems are AppSync's own (`MappingTemplate`). */
export function toDataSourceError(error: unknown): DataSourceError {
  if (error instanceof RequestShapeError) return { message: error.message, type: 'MappingTemplate' };
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as DynamoError;
  const code = e.name && e.name !== 'Error' ? e.name : 'DynamoDbException';
  const status = e.$metadata?.httpStatusCode ?? 400;
  const requestId = e.$metadata?.requestId ?? 'local';
  const message = `${e.message ?? code} (Service: AmazonDynamoDBv2; Status Code: ${status}; Error Code: ${code}; Request ID: ${requestId})`;
  return { message, type: `DynamoDB:${code}` };
}
