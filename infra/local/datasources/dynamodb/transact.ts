/**
 * TransactGetItems and TransactWriteItems.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-get-items.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-write-items.html
 *
 * Results: `{ items, cancellationReasons: null }` / `{ keys, cancellationReasons: null }` in request order.
 * A cancelled transaction sets `ctx.error` and gives `{ items|keys: null, cancellationReasons: [...] }`, one
 * reason per request item: `{ type: "None", message: "None" }` for the items that were fine and, as
 * published, `{ item, type: "ConditionCheckFailed", message: "The condition check failed." }` for a failed
 * condition (the current item unless `returnValuesOnConditionCheckFailure` is false).
 */
import { fromWireItem, fromWireItemOrNull, toWireMap } from './attribute-values';
import { isDynamoError, RequestShapeError, toDataSourceError } from './errors';
import { expressionOf, expressionParams, keyOf } from './expressions';
import type { AppSyncRequest, CancellationReason, OperationContext, Outcome, TransactWriteItem } from './types';

function itemsOf(request: AppSyncRequest, where: string): Record<string, unknown>[] {
  const items = request.transactItems;
  if (!Array.isArray(items) || items.length === 0) throw new RequestShapeError(`${where} needs a non-empty "transactItems" list`);
  return items.map((item, i) => {
    if (typeof item !== 'object' || item === null || typeof (item as { table?: unknown }).table !== 'string') {
      throw new RequestShapeError(`${where}.transactItems[${i}] needs a "table" name`);
    }
    return item as Record<string, unknown>;
  });
}

function reasonOf(reason: CancellationReason) {
  const code = reason.Code ?? 'None';
  if (code === 'None') return { type: 'None', message: 'None' };
  const item = reason.Item ? { item: fromWireItem(reason.Item) } : {};
  if (code === 'ConditionalCheckFailed') return { ...item, type: 'ConditionCheckFailed', message: 'The condition check failed.' };
  return { ...item, type: code, message: reason.Message ?? code };
}

function cancelled(error: unknown, field: 'items' | 'keys'): Outcome {
  const reasons = ((error as { CancellationReasons?: CancellationReason[] }).CancellationReasons ?? []).map(reasonOf);
  return { result: { [field]: null, cancellationReasons: reasons }, error: toDataSourceError(error) };
}

export async function transactGetItems(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const items = itemsOf(request, 'TransactGetItems').map((item, i) => {
    const where = `TransactGetItems.transactItems[${i}]`;
    const projection = expressionOf(item.projection, `${where}.projection`);
    return {
      Get: {
        TableName: item.table as string,
        Key: keyOf(item, where),
        ProjectionExpression: projection,
        ...expressionParams({ [`${where}.projection`]: item.projection }),
      },
    };
  });
  try {
    const out = await ctx.client.call('TransactGetItems', { TransactItems: items });
    return { result: { items: (out.Responses ?? []).map((r) => fromWireItemOrNull(r.Item)), cancellationReasons: null } };
  } catch (error) {
    if (isDynamoError(error, 'TransactionCanceledException')) return cancelled(error, 'items');
    throw error;
  }
}

function writeItem(item: Record<string, unknown>, where: string): TransactWriteItem {
  const TableName = item.table as string;
  const Key = keyOf(item, where);
  const condition = item.condition as Record<string, unknown> | undefined;
  const conditionExpression = expressionOf(condition, `${where}.condition`);
  const conditionParams = conditionExpression === undefined ? {} : {
    ConditionExpression: conditionExpression,
    ReturnValuesOnConditionCheckFailure: condition?.returnValuesOnConditionCheckFailure === false ? 'NONE' as const : 'ALL_OLD' as const,
  };
  switch (item.operation) {
    case 'PutItem':
      return { Put: { TableName, Item: { ...toWireMap(item.attributeValues ?? {}, `${where}.attributeValues`), ...Key }, ...conditionParams, ...expressionParams({ [`${where}.condition`]: condition }) } };
    case 'DeleteItem':
      return { Delete: { TableName, Key, ...conditionParams, ...expressionParams({ [`${where}.condition`]: condition }) } };
    case 'UpdateItem': {
      const UpdateExpression = expressionOf(item.update, `${where}.update`);
      if (!UpdateExpression) throw new RequestShapeError(`${where} needs an "update" block`);
      return { Update: { TableName, Key, UpdateExpression, ...conditionParams, ...expressionParams({ [`${where}.update`]: item.update, [`${where}.condition`]: condition }) } };
    }
    case 'ConditionCheck':
      if (!conditionParams.ConditionExpression) throw new RequestShapeError(`${where} (ConditionCheck) needs a condition`);
      return { ConditionCheck: { TableName, Key, ...conditionParams, ConditionExpression: conditionParams.ConditionExpression, ...expressionParams({ [`${where}.condition`]: condition }) } };
    default:
      throw new RequestShapeError(`${where}.operation must be PutItem, UpdateItem, DeleteItem or ConditionCheck`);
  }
}

export async function transactWriteItems(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const entries = itemsOf(request, 'TransactWriteItems');
  const items = entries.map((item, i) => writeItem(item, `TransactWriteItems.transactItems[${i}]`));
  try {
    await ctx.client.call('TransactWriteItems', { TransactItems: items });
  } catch (error) {
    if (isDynamoError(error, 'TransactionCanceledException')) return cancelled(error, 'keys');
    throw error;
  }
  const keys = entries.map((item, i) => fromWireItem(keyOf(item, `TransactWriteItems.transactItems[${i}]`)));
  return { result: { keys, cancellationReasons: null } };
}
