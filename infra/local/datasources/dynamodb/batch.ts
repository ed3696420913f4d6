/**
 * BatchGetItem, BatchPutItem and BatchDeleteItem. Tables are named by their real names, results are keyed
 * by table, in request order, with a null where an item was not found or not processed; what DynamoDB left
 * unprocessed is returned (never retried), as AppSync does:
 *   BatchGetItem    -> { data: { t: [item|null] }, unprocessedKeys: { t: [key] } }
 *   BatchPutItem    -> { data: { t: [item|null] }, unprocessedItems: { t: [item] } }
 *   BatchDeleteItem -> { data: { t: [key|null] }, unprocessedKeys: { t: [key] } }
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-get-item.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-put-item.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-delete-item.html
 */
import { fromWireItem, toWireMap } from './attribute-values';
import { sameItem } from './condition-check';
import { RequestShapeError } from './errors';
import { expressionOf, expressionParams } from './expressions';
import type { AppSyncRequest, AttributeValue, KeysAndAttributes, OperationContext, Outcome, WriteRequest } from './types';

type Item = Record<string, AttributeValue>;

function tablesOf(request: AppSyncRequest, where: string): [string, unknown][] {
  const tables = request.tables;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables) || Object.keys(tables).length === 0) {
    throw new RequestShapeError(`${where} needs "tables": an object of table name -> entries`);
  }
  return Object.entries(tables);
}

function listOf(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw new RequestShapeError(`${where} must be a non-empty list`);
  return value;
}

/** True when `item` holds every attribute of `key` with the same value. */
function matchesKey(item: Item, key: Item): boolean {
  const names = Object.keys(key);
  const picked = Object.fromEntries(names.filter((n) => n in item).map((n) => [n, item[n]]));
  return Object.keys(picked).length === names.length && sameItem(picked, key, []);
}

function includes(list: Item[] | undefined, wanted: Item, match: (a: Item, b: Item) => boolean): boolean {
  return (list ?? []).some((entry) => match(entry, wanted));
}

export async function batchGetItem(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const asked: Record<string, Item[]> = {};
  const hidden: Record<string, string[]> = {};
  const requestItems: Record<string, KeysAndAttributes> = {};
  for (const [table, spec] of tablesOf(request, 'BatchGetItem')) {
    const s = (spec ?? {}) as Record<string, unknown>;
    const keys = listOf(s.keys, `BatchGetItem.tables.${table}.keys`).map((k, i) => toWireMap(k, `BatchGetItem.tables.${table}.keys[${i}]`));
    asked[table] = keys;
    const where = `BatchGetItem.tables.${table}.projection`;
    const projection = withKeyAttributes(expressionOf(s.projection, where), s.projection, keys[0]);
    hidden[table] = projection.hidden;
    requestItems[table] = {
      Keys: keys,
      ConsistentRead: s.consistentRead === true ? true : undefined,
      ProjectionExpression: projection.expression,
      ...expressionParams({ [where]: s.projection, [`${where} (key attributes)`]: projection.block }),
    };
  }
  const out = await ctx.client.call('BatchGetItem', { RequestItems: requestItems });
  const data: Record<string, unknown[]> = {};
  const unprocessedKeys: Record<string, unknown[]> = {};
  for (const [table, keys] of Object.entries(asked)) {
    const found = out.Responses?.[table] ?? [];
    const left = out.UnprocessedKeys?.[table]?.Keys;
    unprocessedKeys[table] = keys.filter((k) => includes(left, k, sameKey)).map(fromWireItem);
    data[table] = keys.map((k) => {
      if (includes(left, k, sameKey)) return null;
      const item = found.find((candidate) => matchesKey(candidate, k));
      return item ? withoutAttributes(fromWireItem(item), hidden[table]) : null;
    });
  }
  return { result: { data, unprocessedKeys } };
}

const sameKey = (a: Item, b: Item) => sameItem(a, b, []);

/**
 * DynamoDB answers a batch get in any order, so items are matched to their keys by the key attributes.
 * A projection that leaves them out gets them added under private placeholders, and they are taken out
 * of the result again.
 */
function withKeyAttributes(expression: string | undefined, block: unknown, key: Item) {
  if (expression === undefined) return { expression, block: undefined, hidden: [] as string[] };
  const names = ((block as { expressionNames?: Record<string, string> }).expressionNames ?? {});
  const projected = new Set(expression.split(',').map((path) => path.trim().split(/[.[]/)[0]).map((head) => names[head] ?? head));
  const missing = Object.keys(key).filter((name) => !projected.has(name));
  const placeholders = Object.fromEntries(missing.map((name, i) => [`#appsyncLocalKey${i}`, name]));
  const extra = Object.keys(placeholders).join(', ');
  return {
    expression: extra ? `${expression}, ${extra}` : expression,
    block: extra ? { expressionNames: placeholders } : undefined,
    hidden: missing,
  };
}

function withoutAttributes(item: Record<string, unknown>, names: string[] | undefined) {
  for (const name of names ?? []) delete item[name];
  return item;
}

async function batchWrite(ctx: OperationContext, writes: Record<string, { entries: Item[]; request: (e: Item) => WriteRequest }>) {
  const requestItems = Object.fromEntries(Object.entries(writes).map(([t, w]) => [t, w.entries.map(w.request)]));
  const out = await ctx.client.call('BatchWriteItem', { RequestItems: requestItems });
  const data: Record<string, unknown[]> = {};
  const unprocessed: Record<string, unknown[]> = {};
  for (const [table, { entries }] of Object.entries(writes)) {
    const left = (out.UnprocessedItems?.[table] ?? []).map((w) => (w.PutRequest?.Item ?? w.DeleteRequest?.Key) as Item);
    unprocessed[table] = entries.filter((e) => includes(left, e, sameKey)).map(fromWireItem);
    data[table] = entries.map((e) => (includes(left, e, sameKey) ? null : fromWireItem(e)));
  }
  return { data, unprocessed };
}

export async function batchPutItem(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const writes = Object.fromEntries(
    tablesOf(request, 'BatchPutItem').map(([table, items]) => [table, {
      entries: listOf(items, `BatchPutItem.tables.${table}`).map((it, i) => toWireMap(it, `BatchPutItem.tables.${table}[${i}]`)),
      request: (item: Item): WriteRequest => ({ PutRequest: { Item: item } }),
    }]),
  );
  const { data, unprocessed } = await batchWrite(ctx, writes);
  return { result: { data, unprocessedItems: unprocessed } };
}

export async function batchDeleteItem(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const writes = Object.fromEntries(
    tablesOf(request, 'BatchDeleteItem').map(([table, keys]) => [table, {
      entries: listOf(keys, `BatchDeleteItem.tables.${table}`).map((k, i) => toWireMap(k, `BatchDeleteItem.tables.${table}[${i}]`)),
      request: (key: Item): WriteRequest => ({ DeleteRequest: { Key: key } }),
    }]),
  );
  const { data, unprocessed } = await batchWrite(ctx, writes);
  return { result: { data, unprocessedKeys: unprocessed } };
}
