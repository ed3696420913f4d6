/**
 * `@aws-appsync/utils/dynamodb`: the page's examples, checked against the request structures AWS publishes
 * for each operation (operation name, typed key, the optional fields) and the documented operation rules.
 * - https://docs.aws.amazon.com/appsync/latest/devguide/built-in-modules-js.html
 * - https://docs.aws.amazon.com/appsync/latest/eventapi/built-in-modules.html
 * - request structures: https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 * The exact placeholder names AppSync picks inside generated expressions are not published; where a test
 * pins them it pins ours (documented in infra/local/runtime/modules/dynamodb-update.ts).
 */
import { describe, expect, it } from 'vitest';
import { createDynamoDbModule } from '../../../../../infra/local/runtime/modules/dynamodb';

const ddb = createDynamoDbModule();
/** Request objects are read field by field below; a loose type keeps the assertions short. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const ops = ddb.operations;

describe('built-in-modules-js examples: request objects', () => {
  it('get({ key: { id } }) -> GetItem with a typed key', () => {
    expect(ddb.get({ key: { id: 'abc' } })).toEqual({ operation: 'GetItem', key: { id: { S: 'abc' } } });
  });

  it('get with consistentRead and projection', () => {
    expect(ddb.get({ key: { id: 1 }, consistentRead: true, projection: ['id', 'name', 'nested.object[1]'] })).toEqual({
      operation: 'GetItem', key: { id: { N: 1 } }, consistentRead: true,
      projection: { expression: '#id, #name, #nested.#object[1]', expressionNames: { '#id': 'id', '#name': 'name', '#nested': 'nested', '#object': 'object' } },
    });
  });

  it('put({ key: { id }, item: ctx.args }) -> PutItem with key and attributeValues', () => {
    expect(ddb.put({ key: { id: 'x1' }, item: { title: 'T', done: false } })).toEqual({
      operation: 'PutItem', key: { id: { S: 'x1' } }, attributeValues: { title: { S: 'T' }, done: { BOOL: false } },
    });
  });

  it('remove({ key: { id } }) -> DeleteItem', () => {
    expect(ddb.remove({ key: { id: 'x1' } })).toEqual({ operation: 'DeleteItem', key: { id: { S: 'x1' } } });
  });

  it('remove with the RemoveInput example condition (owner eq)', () => {
    expect(ddb.remove({ key: { id: 'XXXXXXXXXXXXXXXX' }, condition: { owner: { eq: 'XXXXXXXXXXXXXXXX' } } })).toEqual({
      operation: 'DeleteItem', key: { id: { S: 'XXXXXXXXXXXXXXXX' } },
      condition: { expression: '(#owner = :owner_eq)', expressionNames: { '#owner': 'owner' }, expressionValues: { ':owner_eq': { S: 'XXXXXXXXXXXXXXXX' } } },
    });
  });

  it('scan({ limit, nextToken }) -> Scan (nextToken left out when undefined)', () => {
    expect(ddb.scan({ limit: 10, nextToken: undefined })).toEqual({ operation: 'Scan', limit: 10 });
    expect(ddb.scan({ limit: 10, nextToken: 'tok' })).toEqual({ operation: 'Scan', limit: 10, nextToken: 'tok' });
  });

  it('sync({ limit, nextToken, lastSync }) -> Sync', () => {
    expect(ddb.sync({ limit: 10, nextToken: null, lastSync: 1700000000000 })).toEqual({ operation: 'Sync', limit: 10, lastSync: 1700000000000 });
  });

  it('query with the QueryInput example (name eq, age gt) -> a key condition', () => {
    expect(ddb.query({ query: { name: { eq: 'John' }, age: { gt: 20 } } })).toEqual({
      operation: 'Query',
      query: {
        expression: '#name = :name_eq AND #age > :age_gt',
        expressionNames: { '#name': 'name', '#age': 'age' },
        expressionValues: { ':name_eq': { S: 'John' }, ':age_gt': { N: 20 } },
      },
    });
  });

  it('query with beginsWith, filter, projection, index, limit, scanIndexForward', () => {
    const out = ddb.query({
      query: { channel: { eq: 'c' }, path: { beginsWith: '/a' } }, filter: { status: { eq: 'ACTIVE' } },
      projection: ['channel', 'path', 'msgId'], index: 'byChannel', limit: 5, scanIndexForward: false,
    });
    expect(out).toMatchObject({
      operation: 'Query', index: 'byChannel', limit: 5, scanIndexForward: false,
      query: { expression: '#channel = :channel_eq AND begins_with(#path,:path_beginsWith)' },
      filter: { expression: '(#status = :status_eq)' },
      projection: { expression: '#channel, #path, #msgId' },
    });
  });

  it('query refuses operators DynamoDB key conditions do not have', () => {
    expect(() => ddb.query({ query: { id: { ne: 'x' } } } as never)).toThrow(/key conditions do not support "ne"/);
  });
});

describe('built-in-modules-js operations (update expressions)', () => {
  const update = (updateObj: Record<string, unknown>) => ddb.update({ key: { id: 1 }, update: updateObj } as never) as Loose;

  it('operations.add emits SET, not ADD (the address example)', () => {
    const out = update({ address: ops.add({ street1: '123 Main St', city: 'New York', zip: '10001' }) });
    expect(out.operation).toBe('UpdateItem');
    expect(out.key).toEqual({ id: { N: 1 } });
    expect(out.update.expression).toBe('SET #address = :address');
    expect(out.update.expression).not.toMatch(/\bADD\b/);
    expect(out.update.expressionValues[':address']).toEqual({ M: { street1: { S: '123 Main St' }, city: { S: 'New York' }, zip: { S: '10001' } } });
  });

  it('append(newFriendIds) is list_append(existing, new)', () => {
    const out = update({ friendsIds: ops.append([101, 104, 111]) });
    expect(out.update.expression).toBe('SET #friendsIds = list_append(#friendsIds, :friendsIds_append)');
    expect(out.update.expressionValues[':friendsIds_append']).toEqual({ L: [{ N: 101 }, { N: 104 }, { N: 111 }] });
  });

  it('prepend(newFriendIds) is list_append(new, existing)', () => {
    expect(update({ friendsIds: ops.prepend([101]) }).update.expression).toBe('SET #friendsIds = list_append(:friendsIds_prepend, #friendsIds)');
  });

  it('increment(10) / decrement(10) change the counter by 10', () => {
    const inc = update({ friendsCount: ops.increment(10) });
    expect(inc.update.expression).toBe('SET #friendsCount = #friendsCount + :friendsCount_increment');
    expect(inc.update.expressionValues).toEqual({ ':friendsCount_increment': { N: 10 } });
    expect(update({ friendsCount: ops.decrement(10) }).update.expression).toBe('SET #friendsCount = #friendsCount - :friendsCount_decrement');
    expect(update({ friendsCount: ops.increment() }).update.expressionValues).toEqual({ ':friendsCount_increment': { N: 1 } });
  });

  it('replace inside a nested object sets info.address as a whole', () => {
    const out = update({ info: { address: ops.replace({ street1: '123 Main St', city: 'New York', zip: '10001' }) } });
    expect(out.update.expression).toBe('SET #info.#address = :info_address');
    expect(out.update.expressionNames).toEqual({ '#info': 'info', '#address': 'address' });
  });

  it('updateListItem replaces the items at index 1 and 2', () => {
    const out = update({ friendsIds: [ops.updateListItem('102', 1), ops.updateListItem('112', 2)] });
    expect(out.update.expression).toBe('SET #friendsIds[1] = :friendsIds_1, #friendsIds[2] = :friendsIds_2');
    expect(out.update.expressionValues).toEqual({ ':friendsIds_1': { S: '102' }, ':friendsIds_2': { S: '112' } });
  });

  it('remove() and plain values together (the Event API operations example)', () => {
    const out = update({ counter: ops.increment(1), tags: ops.append(['things']), items: ops.add({ key: 'value' }), oldField: ops.remove() });
    expect(out.update.expression).toBe(
      'SET #counter = #counter + :counter_increment, #tags = list_append(#tags, :tags_append), #items = :items REMOVE #oldField',
    );
  });

  it('the Event API update example: spread payload, version increment, version condition; key attributes are not updated', () => {
    const out = ddb.update({ key: { id: 'e1' }, condition: { version: { eq: 3 } }, update: { id: 'e1', title: 'x', version: ops.increment(1) } } as never) as Loose;
    expect(out.update.expression).toBe('SET #title = :title, #version = #version + :version_increment');
    expect(out.condition).toEqual({ expression: '(#version = :version_eq)', expressionNames: { '#version': 'version' }, expressionValues: { ':version_eq': { N: 3 } } });
  });

  it('a set from the module helpers is written as a set, not as a map', () => {
    const out = update({ segments: ddb.toStringSet(['a', 'b']) });
    expect(out.update.expressionValues).toEqual({ ':segments': { SS: ['a', 'b'] } });
  });

  it('update without anything to change is a clear error', () => {
    expect(() => ddb.update({ key: { id: 1 }, update: { id: 1 } } as never)).toThrow(/names no attribute to change/);
  });
});

describe('module set helpers (TSDoc AWS ships in @aws-appsync/utils lib/dynamodb-helpers.d.ts)', () => {
  it('toStringSet(["a", "b", "c"]) -> { SS: ["a", "b", "c"] }', () => expect(ddb.toStringSet(['a', 'b', 'c'])).toEqual({ SS: ['a', 'b', 'c'] }));
  it('toNumberSet([1, 2, 3]) -> { NS: ["1", "2", "3"] }', () => expect(ddb.toNumberSet([1, 2, 3])).toEqual({ NS: ['1', '2', '3'] }));
  it('toBinarySet(["SGVsbG8=", "V29ybGQ="]) -> { BS: [...] }', () =>
    expect(ddb.toBinarySet(['SGVsbG8=', 'V29ybGQ='])).toEqual({ BS: ['SGVsbG8=', 'V29ybGQ='] }));
});

describe('batch and transaction helpers (the TSDoc examples)', () => {
  it('batchGet maps keys per table and keeps consistentRead and projection', () => {
    expect(ddb.batchGet({ tables: { post: { keys: [{ id: '1' }, { id: '2' }], consistentRead: false, projection: ['id', 'name'] } } })).toEqual({
      operation: 'BatchGetItem',
      tables: { post: { keys: [{ id: { S: '1' } }, { id: { S: '2' } }], consistentRead: false, projection: { expression: '#id, #name', expressionNames: { '#id': 'id', '#name': 'name' } } } },
    });
  });

  it('batchPut maps the items per table', () => {
    expect(ddb.batchPut({ tables: { post: [{ id: 'one', value: 'x' }], comment: [{ id: 'one', comment: 'x', text: 'something' }] } })).toEqual({
      operation: 'BatchPutItem',
      tables: { post: [{ id: { S: 'one' }, value: { S: 'x' } }], comment: [{ id: { S: 'one' }, comment: { S: 'x' }, text: { S: 'something' } }] },
    });
  });

  it('batchDelete maps the keys per table', () => {
    expect(ddb.batchDelete({ tables: { post: [{ id: 'one' }, { id: 'two' }] } })).toEqual({
      operation: 'BatchDeleteItem', tables: { post: [{ id: { S: 'one' } }, { id: { S: 'two' } }] },
    });
  });

  it('transactGet names the table of each item', () => {
    expect(ddb.transactGet({ items: [{ table: 'post', key: { id: '1' }, projection: ['name'] }, { table: 'post', key: { id: '2' } }] })).toEqual({
      operation: 'TransactGetItems',
      transactItems: [
        { table: 'post', key: { id: { S: '1' } }, projection: { expression: '#name', expressionNames: { '#name': 'name' } } },
        { table: 'post', key: { id: { S: '2' } } },
      ],
    });
  });

  it('transactWrite turns putItem/deleteItem/updateItem/conditionCheck into PutItem/DeleteItem/UpdateItem/ConditionCheck', () => {
    const out = ddb.transactWrite({
      items: [
        { putItem: { table: 'post', key: { id: '1' }, item: { title: 't' } } },
        { deleteItem: { table: 'post', key: { id: '2' } } },
        { updateItem: { table: 'post', key: { id: '2' }, update: { title: 'u' } } },
        { conditionCheck: { table: 'post', key: { id: '2' }, condition: { title: { attributeExists: true } } } },
      ],
    } as never) as { transactItems: Record<string, unknown>[] };
    expect(out.transactItems.map((i) => i.operation)).toEqual(['PutItem', 'DeleteItem', 'UpdateItem', 'ConditionCheck']);
    expect(out.transactItems[0]).toEqual({ table: 'post', operation: 'PutItem', key: { id: { S: '1' } }, attributeValues: { title: { S: 't' } } });
    expect(out.transactItems[3].condition).toEqual({ expression: '(attribute_exists(#title))', expressionNames: { '#title': 'title' }, expressionValues: {} });
  });

  it('bad helper input is a clear error', () => {
    expect(() => ddb.get({} as never)).toThrow(/get needs a key/);
    expect(() => ddb.batchPut({ tables: { post: 'x' } } as never)).toThrow(/takes a list per table/);
    expect(() => ddb.transactWrite({ items: [{ table: 'x' }] } as never)).toThrow(/exactly one of putItem/);
    expect(() => ops.updateListItem('x', -1)).toThrow(/index >= 0/);
  });
});
