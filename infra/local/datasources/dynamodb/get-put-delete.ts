/**
 * GetItem, PutItem and DeleteItem.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-getitem.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-putitem.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-deleteitem.html
 *
 * Results: GetItem the item or null; PutItem the item written (key and attributeValues together);
 * DeleteItem the deleted item, or null when nothing was there.
 */
import { fromWireItem, fromWireItemOrNull, toWireMap } from './attribute-values';
import { handleConditionFailure } from './condition-check';
import { isDynamoError } from './errors';
import { expressionOf, expressionParams, keyOf } from './expressions';
import type { AppSyncRequest, OperationContext, Outcome } from './types';

/** The ProjectionExpression parameters of a request's `projection` block. */
function projectionParams(request: AppSyncRequest, where: string) {
  const expression = expressionOf(request.projection, `${where}.projection`);
  return expression === undefined ? {} : { ProjectionExpression: expression };
}

export async function getItem(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const out = await ctx.client.call('GetItem', {
    TableName: ctx.tableName,
    Key: keyOf(request, 'GetItem'),
    ConsistentRead: request.consistentRead === true,
    ...projectionParams(request, 'GetItem'),
    ...expressionParams({ 'GetItem.projection': request.projection }),
  });
  return { result: fromWireItemOrNull(out.Item) };
}

/** The ConditionExpression parameters of a request's `condition` block, and the block itself. */
export function conditionOf(request: AppSyncRequest, where: string) {
  const condition = request.condition as Record<string, unknown> | undefined | null;
  const expression = expressionOf(condition, `${where}.condition`);
  if (expression === undefined) return { condition: undefined, params: {} };
  return {
    condition: condition as Record<string, unknown>,
    params: { ConditionExpression: expression, ...expressionParams({ [`${where}.condition`]: condition }) },
  };
}

export async function putItem(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const key = keyOf(request, 'PutItem');
  const item = { ...toWireMap(request.attributeValues ?? {}, 'PutItem.attributeValues'), ...key };
  const { condition, params } = conditionOf(request, 'PutItem');
  try {
    await ctx.client.call('PutItem', { TableName: ctx.tableName, Item: item, ...params });
  } catch (error) {
    if (!condition || !isDynamoError(error, 'ConditionalCheckFailedException')) throw error;
    return handleConditionFailure(ctx, { operation: 'PutItem', key, condition, attempted: item, error });
  }
  return { result: fromWireItem(item) };
}

export async function deleteItem(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const key = keyOf(request, 'DeleteItem');
  const { condition, params } = conditionOf(request, 'DeleteItem');
  try {
    const out = await ctx.client.call('DeleteItem', { TableName: ctx.tableName, Key: key, ReturnValues: 'ALL_OLD', ...params });
    return { result: fromWireItemOrNull(out.Attributes) };
  } catch (error) {
    if (!condition || !isDynamoError(error, 'ConditionalCheckFailedException')) throw error;
    return handleConditionFailure(ctx, { operation: 'DeleteItem', key, condition, error });
  }
}
