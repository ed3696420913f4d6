/**
 * The `@aws-appsync/utils/dynamodb` module: helpers that build the DynamoDB request objects of the
 * AppSync DynamoDB data source.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-modules-js.html
 * Request shapes: https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 *
 * Keys, items and values go through `util.dynamodb.toMapValues`; filters and conditions through the same
 * builder as `util.transform.toDynamoDBFilterExpression`. Optional inputs left out (or null) are left out
 * of the request.
 */
import { markTyped, toMapValues } from '../util/dynamodb';
import { buildFilterExpression, buildKeyCondition } from '../util/filter-expression';
import { DynamoDbModuleError, projectionExpression } from './dynamodb-paths';
import { buildUpdateExpression, operations } from './dynamodb-update';

type Input = Record<string, unknown>;

function input(fn: string, payload: unknown): Input {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new DynamoDbModuleError(`${fn} takes an object`);
  }
  return payload as Input;
}

function key(fn: string, payload: Input): Record<string, unknown> {
  const value = payload.key;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length === 0) {
    throw new DynamoDbModuleError(`${fn} needs a key, e.g. { key: { id: "1" } }`);
  }
  return toMapValues(value);
}

/** Copies the named optional fields that are set (neither undefined nor null). */
function pick(payload: Input, names: string[]): Input {
  const out: Input = {};
  for (const name of names) if (payload[name] !== undefined && payload[name] !== null) out[name] = payload[name];
  return out;
}

/** Adds the entries whose value is neither undefined nor null. */
function defined(entries: Input): Input {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== null));
}

const SYNC_FIELDS = ['customPartitionKey', 'populateIndexFields', '_version'];

function get(payload: unknown) {
  const p = input('get', payload);
  return defined({
    operation: 'GetItem', key: key('get', p), consistentRead: p.consistentRead, projection: projectionExpression(p.projection),
  });
}

function put(payload: unknown) {
  const p = input('put', payload);
  return defined({
    operation: 'PutItem', key: key('put', p), attributeValues: toMapValues(p.item ?? {}),
    condition: buildFilterExpression(p.condition), ...pick(p, SYNC_FIELDS),
  });
}

function remove(payload: unknown) {
  const p = input('remove', payload);
  return defined({ operation: 'DeleteItem', key: key('remove', p), condition: buildFilterExpression(p.condition), ...pick(p, SYNC_FIELDS) });
}

function update(payload: unknown) {
  const p = input('update', payload);
  return defined({
    operation: 'UpdateItem', key: key('update', p), update: buildUpdateExpression(p.update, p.key as Input),
    condition: buildFilterExpression(p.condition), ...pick(p, SYNC_FIELDS),
  });
}

const READ_FIELDS = ['index', 'limit', 'nextToken', 'consistentRead', 'select'];

function query(payload: unknown) {
  const p = input('query', payload);
  return defined({
    operation: 'Query', query: buildKeyCondition(p.query), ...pick(p, [...READ_FIELDS, 'scanIndexForward']),
    filter: buildFilterExpression(p.filter), projection: projectionExpression(p.projection),
  });
}

function scan(payload: unknown) {
  const p = input('scan', payload ?? {});
  return defined({
    operation: 'Scan', ...pick(p, [...READ_FIELDS, 'totalSegments', 'segment']),
    filter: buildFilterExpression(p.filter), projection: projectionExpression(p.projection),
  });
}

function sync(payload: unknown) {
  const p = input('sync', payload ?? {});
  return defined({
    operation: 'Sync', ...pick(p, ['basePartitionKey', 'deltaIndexName', 'limit', 'nextToken', 'lastSync']),
    filter: buildFilterExpression(p.filter),
  });
}

function tables(fn: string, payload: unknown): [string, unknown][] {
  const value = input(fn, payload).tables;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DynamoDbModuleError(`${fn} needs tables, e.g. { tables: { posts: ... } }`);
  }
  return Object.entries(value);
}

function list(fn: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new DynamoDbModuleError(`${fn} takes a list per table`);
  return value;
}

function batchGet(payload: unknown) {
  const entries = tables('batchGet', payload).map(([table, spec]) => {
    const s = input('batchGet', spec);
    const keys = list('batchGet', s.keys).map((k) => key('batchGet', { key: k }));
    return [table, defined({ keys, consistentRead: s.consistentRead, projection: projectionExpression(s.projection) })];
  });
  return { operation: 'BatchGetItem', tables: Object.fromEntries(entries) };
}

function batchPut(payload: unknown) {
  const entries = tables('batchPut', payload).map(([table, items]) => [table, list('batchPut', items).map((i) => toMapValues(i))]);
  return { operation: 'BatchPutItem', tables: Object.fromEntries(entries) };
}

function batchDelete(payload: unknown) {
  const entries = tables('batchDelete', payload).map(([table, keys]) => [
    table, list('batchDelete', keys).map((k) => key('batchDelete', { key: k })),
  ]);
  return { operation: 'BatchDeleteItem', tables: Object.fromEntries(entries) };
}

function transactItems(fn: string, payload: unknown): Input[] {
  return list(fn, input(fn, payload).items).map((item) => input(fn, item));
}

function tableName(fn: string, item: Input): string {
  if (typeof item.table !== 'string' || item.table === '') throw new DynamoDbModuleError(`${fn} items need a table name`);
  return item.table;
}

function transactGet(payload: unknown) {
  const transactItems_ = transactItems('transactGet', payload).map((item) =>
    defined({ table: tableName('transactGet', item), key: key('transactGet', item), projection: projectionExpression(item.projection) }),
  );
  return { operation: 'TransactGetItems', transactItems: transactItems_ };
}

const WRITE_KINDS: Record<string, string> = {
  putItem: 'PutItem', updateItem: 'UpdateItem', deleteItem: 'DeleteItem', conditionCheck: 'ConditionCheck',
};

function transactWriteItem(entry: Input) {
  const kinds = Object.keys(entry).filter((k) => k in WRITE_KINDS);
  if (kinds.length !== 1) {
    throw new DynamoDbModuleError('each transactWrite item holds exactly one of putItem, updateItem, deleteItem, conditionCheck');
  }
  const item = input('transactWrite', entry[kinds[0]]);
  const operation = WRITE_KINDS[kinds[0]];
  return defined({
    table: tableName('transactWrite', item),
    operation,
    key: key('transactWrite', item),
    attributeValues: operation === 'PutItem' ? toMapValues(item.item ?? {}) : undefined,
    update: operation === 'UpdateItem' ? buildUpdateExpression(item.update, item.key as Input) : undefined,
    condition: buildFilterExpression(item.condition),
  });
}

function transactWrite(payload: unknown) {
  return { operation: 'TransactWriteItems', transactItems: transactItems('transactWrite', payload).map(transactWriteItem) };
}

function setOf(fn: string, kind: 'SS' | 'NS' | 'BS', values: unknown) {
  const ok = Array.isArray(values) && values.every((v) => (kind === 'NS' ? typeof v === 'number' : typeof v === 'string'));
  if (!ok) throw new DynamoDbModuleError(`${fn} takes a list of ${kind === 'NS' ? 'numbers' : 'strings'}`);
  // The module's own set helpers document string numbers: toNumberSet([1, 2, 3]) -> { NS: ["1", "2", "3"] }.
  return markTyped({ [kind]: (values as unknown[]).map((v) => String(v)) });
}

export function createDynamoDbModule() {
  return {
    get, put, remove, update, query, scan, sync, batchGet, batchPut, batchDelete, transactGet, transactWrite, operations,
    toStringSet: (values: unknown) => setOf('toStringSet', 'SS', values),
    toNumberSet: (values: unknown) => setOf('toNumberSet', 'NS', values),
    toBinarySet: (values: unknown) => setOf('toBinarySet', 'BS', values),
  };
}
