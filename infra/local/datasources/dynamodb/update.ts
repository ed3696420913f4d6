/**
 * UpdateItem: the `update` block is DynamoDB's UpdateExpression; the result is the whole item after the
 * update (ReturnValues ALL_NEW).
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-updateitem.html
 */
import { fromWireItemOrNull } from './attribute-values';
import { handleConditionFailure } from './condition-check';
import { isDynamoError, RequestShapeError } from './errors';
import { expressionOf, expressionParams, keyOf } from './expressions';
import { conditionOf } from './get-put-delete';
import type { AppSyncRequest, OperationContext, Outcome } from './types';

export async function updateItem(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const key = keyOf(request, 'UpdateItem');
  const updateExpression = expressionOf(request.update, 'UpdateItem.update');
  if (updateExpression === undefined) throw new RequestShapeError('UpdateItem needs an "update" block with an expression');
  const { condition, params } = conditionOf(request, 'UpdateItem');
  const names = expressionParams({ 'UpdateItem.update': request.update, 'UpdateItem.condition': request.condition });
  try {
    const out = await ctx.client.call('UpdateItem', {
      TableName: ctx.tableName,
      Key: key,
      UpdateExpression: updateExpression,
      ReturnValues: 'ALL_NEW',
      ...params,
      ...names,
    });
    return { result: fromWireItemOrNull(out.Attributes) };
  } catch (error) {
    if (!condition || !isDynamoError(error, 'ConditionalCheckFailedException')) throw error;
    return handleConditionFailure(ctx, { operation: 'UpdateItem', key, condition, error });
  }
}
