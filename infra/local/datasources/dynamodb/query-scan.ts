/**
 * Query and Scan. Result: `{ items, nextToken, scannedCount }`, `nextToken` opaque and null on the last page.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-query.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-scan.html
 */
import { fromWireItem } from './attribute-values';
import { RequestShapeError } from './errors';
import { expressionOf, expressionParams } from './expressions';
import { decodeNextToken, encodeNextToken } from './next-token';
import type { AppSyncRequest, AttributeValue, OperationContext, Outcome } from './types';

function optionalNumber(request: AppSyncRequest, field: string, where: string): number | undefined {
  const value = request[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RequestShapeError(`${where}.${field} must be a non-negative integer`);
  }
  return value;
}

function indexName(request: AppSyncRequest, where: string): string | undefined {
  if (request.index === undefined || request.index === null) return undefined;
  if (typeof request.index !== 'string') throw new RequestShapeError(`${where}.index must be a string`);
  return request.index;
}

/** Parameters Query and Scan share: index, limit, consistency, select, filter, projection, start key. */
export function readParams(ctx: OperationContext, request: AppSyncRequest, where: string, blocks: Record<string, unknown>) {
  const index = indexName(request, where);
  const scope = `${where}:${ctx.tableName}:${index ?? ''}`;
  const filter = expressionOf(request.filter, `${where}.filter`);
  const projection = expressionOf(request.projection, `${where}.projection`);
  return {
    scope,
    params: {
      TableName: ctx.tableName,
      IndexName: index,
      Limit: optionalNumber(request, 'limit', where),
      ConsistentRead: request.consistentRead === true ? true : undefined,
      Select: typeof request.select === 'string' ? (request.select as 'ALL_ATTRIBUTES') : undefined,
      FilterExpression: filter,
      ProjectionExpression: projection,
      ExclusiveStartKey: decodeNextToken(scope, request.nextToken),
      ...expressionParams({ ...blocks, [`${where}.filter`]: request.filter, [`${where}.projection`]: request.projection }),
    },
  };
}

function page(scope: string, items: Record<string, AttributeValue>[] | undefined, last: Record<string, AttributeValue> | undefined, scanned: number | undefined) {
  return {
    items: (items ?? []).map(fromWireItem),
    nextToken: encodeNextToken(scope, last),
    scannedCount: scanned ?? 0,
  };
}

export async function query(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const keyCondition = expressionOf(request.query, 'Query.query');
  if (keyCondition === undefined) throw new RequestShapeError('Query needs a "query" block with a key condition expression');
  const { scope, params } = readParams(ctx, request, 'Query', { 'Query.query': request.query });
  const out = await ctx.client.call('Query', {
    ...params,
    KeyConditionExpression: keyCondition,
    ScanIndexForward: request.scanIndexForward === false ? false : undefined,
  });
  return { result: page(scope, out.Items, out.LastEvaluatedKey, out.ScannedCount) };
}

export async function scan(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const { scope, params } = readParams(ctx, request, 'Scan', {});
  const out = await ctx.client.call('Scan', {
    ...params,
    Segment: optionalNumber(request, 'segment', 'Scan'),
    TotalSegments: optionalNumber(request, 'totalSegments', 'Scan'),
  });
  return { result: page(scope, out.Items, out.LastEvaluatedKey, out.ScannedCount) };
}

export { page };
