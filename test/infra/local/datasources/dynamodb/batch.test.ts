import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbDataSource, type DynamoWire } from '../../../../../infra/local/datasources/dynamodb';
import type { WireInput, WireOutput } from '../../../../../infra/local/dynamodb/wire-client';
import { createFixture, dataSource, type Fixture } from './tables';

let fx: Fixture;
const S = (s: string) => ({ S: s });
beforeAll(async () => {
  fx = await createFixture('batch');
});
afterAll(async () => fx?.dispose());

describe('BatchPutItem / BatchGetItem / BatchDeleteItem on DynamoDB Local', () => {
  it('puts across two tables, gets them back in request order with null for missing keys, then deletes', async () => {
    const ds = dataSource(fx, fx.posts);
    const put = await ds.invoke({
      operation: 'BatchPutItem',
      tables: {
        [fx.posts]: [{ id: S('p1'), title: S('one') }, { id: S('p2'), title: S('two') }],
        [fx.authors]: [{ author_id: S('a1'), name: S('Ann') }],
      },
    });
    expect(put).toEqual({
      result: {
        data: { [fx.posts]: [{ id: 'p1', title: 'one' }, { id: 'p2', title: 'two' }], [fx.authors]: [{ author_id: 'a1', name: 'Ann' }] },
        unprocessedItems: { [fx.posts]: [], [fx.authors]: [] },
      },
    });

    const got = await ds.invoke({
      operation: 'BatchGetItem',
      tables: {
        [fx.posts]: { keys: [{ id: S('p2') }, { id: S('missing') }, { id: S('p1') }], consistentRead: true },
        [fx.authors]: { keys: [{ author_id: S('a1') }], projection: { expression: '#n, author_id', expressionNames: { '#n': 'name' } } },
      },
    });
    expect(got).toEqual({
      result: {
        data: { [fx.posts]: [{ id: 'p2', title: 'two' }, null, { id: 'p1', title: 'one' }], [fx.authors]: [{ author_id: 'a1', name: 'Ann' }] },
        unprocessedKeys: { [fx.posts]: [], [fx.authors]: [] },
      },
    });

    const deleted = await ds.invoke({ operation: 'BatchDeleteItem', tables: { [fx.posts]: [{ id: S('p1') }, { id: S('p2') }] } });
    expect(deleted).toEqual({ result: { data: { [fx.posts]: [{ id: 'p1' }, { id: 'p2' }] }, unprocessedKeys: { [fx.posts]: [] } } });
    const after = await ds.invoke({ operation: 'GetItem', key: { id: S('p1') } });
    expect(after.result).toBeNull();
  });

  it('BatchGetItem with a projection that leaves out the key still matches items to keys, and returns only the projection', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'BatchPutItem', tables: { [fx.posts]: [{ id: S('k1'), title: S('one'), body: S('b1') }, { id: S('k2'), title: S('two'), body: S('b2') }] } });
    const got = await ds.invoke({
      operation: 'BatchGetItem',
      tables: { [fx.posts]: { keys: [{ id: S('k2') }, { id: S('k0') }, { id: S('k1') }], projection: { expression: '#t', expressionNames: { '#t': 'title' } } } },
    });
    expect(got).toEqual({ result: { data: { [fx.posts]: [{ title: 'two' }, null, { title: 'one' }] }, unprocessedKeys: { [fx.posts]: [] } } });
  });

  it('DynamoDB limits (more than 25 writes) surface as DynamoDB:ValidationException', async () => {
    const items = Array.from({ length: 26 }, (_, i) => ({ id: S(`x${i}`) }));
    const out = await dataSource(fx, fx.posts).invoke({ operation: 'BatchPutItem', tables: { [fx.posts]: items } });
    expect(out.error?.type).toBe('DynamoDB:ValidationException');
  });

  it('refuses a batch without tables', async () => {
    const out = await dataSource(fx, fx.posts).invoke({ operation: 'BatchGetItem', tables: {} });
    expect(out.error?.type).toBe('MappingTemplate');
  });
});

/**
 * DynamoDB Local never leaves keys unprocessed, so this wrapper forwards to it and then moves the last
 * requested key/write of each table into UnprocessedKeys/UnprocessedItems, as real DynamoDB does under
 * throttling.
 */
function throttlingClient(inner: DynamoWire): DynamoWire {
  return {
    async call(operation, input) {
      if (operation === 'BatchGetItem') {
        const requestItems = (input as WireInput<'BatchGetItem'>).RequestItems ?? {};
        const kept = Object.fromEntries(Object.entries(requestItems).map(([t, s]) => [t, { ...s, Keys: s.Keys!.slice(0, -1) }]));
        const left = Object.fromEntries(Object.entries(requestItems).map(([t, s]) => [t, { ...s, Keys: s.Keys!.slice(-1) }]));
        const out = await inner.call('BatchGetItem', { RequestItems: kept });
        return { ...out, UnprocessedKeys: left } as WireOutput<typeof operation>;
      }
      if (operation === 'BatchWriteItem') {
        const requestItems = (input as WireInput<'BatchWriteItem'>).RequestItems ?? {};
        const kept = Object.fromEntries(Object.entries(requestItems).map(([t, w]) => [t, w.slice(0, -1)]));
        const left = Object.fromEntries(Object.entries(requestItems).map(([t, w]) => [t, w.slice(-1)]));
        const out = await inner.call('BatchWriteItem', { RequestItems: kept });
        return { ...out, UnprocessedItems: left } as WireOutput<typeof operation>;
      }
      return inner.call(operation, input);
    },
  };
}

describe('unprocessed keys and items (DynamoDB leaving part of a batch undone)', () => {
  it('BatchPutItem lists unprocessed items and nulls their slots in data', async () => {
    const ds = createDynamoDbDataSource({ client: throttlingClient(fx.wire), tableName: fx.posts });
    const out = await ds.invoke({ operation: 'BatchPutItem', tables: { [fx.posts]: [{ id: S('u1') }, { id: S('u2') }, { id: S('u3') }] } });
    expect(out).toEqual({
      result: { data: { [fx.posts]: [{ id: 'u1' }, { id: 'u2' }, null] }, unprocessedItems: { [fx.posts]: [{ id: 'u3' }] } },
    });
    expect((await dataSource(fx, fx.posts).invoke({ operation: 'GetItem', key: { id: S('u3') } })).result).toBeNull();
  });

  it('BatchGetItem lists unprocessed keys and nulls their slots in data', async () => {
    const ds = createDynamoDbDataSource({ client: throttlingClient(fx.wire), tableName: fx.posts });
    const out = await ds.invoke({ operation: 'BatchGetItem', tables: { [fx.posts]: { keys: [{ id: S('u1') }, { id: S('u2') }] } } });
    expect(out).toEqual({ result: { data: { [fx.posts]: [{ id: 'u1' }, null] }, unprocessedKeys: { [fx.posts]: [{ id: 'u2' }] } } });
  });

  it('BatchDeleteItem lists unprocessed keys and nulls their slots in data', async () => {
    const ds = createDynamoDbDataSource({ client: throttlingClient(fx.wire), tableName: fx.posts });
    const out = await ds.invoke({ operation: 'BatchDeleteItem', tables: { [fx.posts]: [{ id: S('u1') }, { id: S('u2') }] } });
    expect(out).toEqual({ result: { data: { [fx.posts]: [{ id: 'u1' }, null] }, unprocessedKeys: { [fx.posts]: [{ id: 'u2' }] } } });
    expect((await dataSource(fx, fx.posts).invoke({ operation: 'GetItem', key: { id: S('u2') } })).result).toEqual({ id: 'u2' });
  });
});
