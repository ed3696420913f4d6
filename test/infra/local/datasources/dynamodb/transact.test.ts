import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dataSource, type Fixture } from './tables';

let fx: Fixture;
const S = (s: string) => ({ S: s });
beforeAll(async () => {
  fx = await createFixture('tx');
});
afterAll(async () => fx?.dispose());

describe('TransactWriteItems / TransactGetItems on DynamoDB Local', () => {
  it('writes all items and returns their keys in request order', async () => {
    const ds = dataSource(fx, fx.posts);
    const seed = await dataSource(fx, fx.authors).invoke({ operation: 'PutItem', key: { author_id: S('a1') }, attributeValues: { author_name: S('Old') } });
    expect(seed.error).toBeUndefined();
    const out = await ds.invoke({
      version: '2018-05-29', operation: 'TransactWriteItems',
      transactItems: [
        { table: fx.posts, operation: 'PutItem', key: { id: S('p1') }, attributeValues: { post_title: S('New title') }, condition: { expression: 'attribute_not_exists(id)' } },
        { table: fx.authors, operation: 'UpdateItem', key: { author_id: S('a1') }, update: { expression: 'SET author_name = :n', expressionValues: { ':n': S('New name') } } },
        { table: fx.authors, operation: 'ConditionCheck', key: { author_id: S('a0') }, condition: { expression: 'attribute_not_exists(author_id)' } },
      ],
    });
    expect(out).toEqual({ result: { keys: [{ id: 'p1' }, { author_id: 'a1' }, { author_id: 'a0' }], cancellationReasons: null } });
    const author = await dataSource(fx, fx.authors).invoke({ operation: 'GetItem', key: { author_id: S('a1') } });
    expect(author.result).toEqual({ author_id: 'a1', author_name: 'New name' });
  });

  it('a failed condition cancels the whole transaction, with one reason per item and the current item', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: S('p2') }, attributeValues: { post_title: S('Actual old title') } });
    const out = await ds.invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: fx.posts, operation: 'PutItem', key: { id: S('p2') }, attributeValues: { post_title: S('New') }, condition: { expression: 'post_title = :old', expressionValues: { ':old': S('Expected old title') } } },
        { table: fx.posts, operation: 'DeleteItem', key: { id: S('p3') } },
      ],
    });
    expect(out.error?.type).toBe('DynamoDB:TransactionCanceledException');
    expect(out.result).toEqual({
      keys: null,
      cancellationReasons: [
        { item: { id: 'p2', post_title: 'Actual old title' }, type: 'ConditionCheckFailed', message: 'The condition check failed.' },
        { type: 'None', message: 'None' },
      ],
    });
    expect((await ds.invoke({ operation: 'GetItem', key: { id: S('p2') } })).result).toEqual({ id: 'p2', post_title: 'Actual old title' });
  });

  it('returnValuesOnConditionCheckFailure: false leaves the item out of the reason', async () => {
    const out = await dataSource(fx, fx.posts).invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: fx.posts, operation: 'ConditionCheck', key: { id: S('p2') }, condition: { expression: 'attribute_not_exists(id)', returnValuesOnConditionCheckFailure: false } },
      ],
    });
    expect(out.result).toEqual({ keys: null, cancellationReasons: [{ type: 'ConditionCheckFailed', message: 'The condition check failed.' }] });
  });

  it('two items on the same key are refused by DynamoDB', async () => {
    const out = await dataSource(fx, fx.posts).invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: fx.posts, operation: 'PutItem', key: { id: S('dup') }, attributeValues: {} },
        { table: fx.posts, operation: 'DeleteItem', key: { id: S('dup') } },
      ],
    });
    expect(out.error?.type).toMatch(/^DynamoDB:(ValidationException|TransactionCanceledException)$/);
  });

  it('TransactGetItems returns items in request order with null for a missing one', async () => {
    const out = await dataSource(fx, fx.posts).invoke({
      operation: 'TransactGetItems',
      transactItems: [
        { table: fx.posts, key: { id: S('p2') } },
        { table: fx.authors, key: { author_id: S('nobody') } },
        { table: fx.authors, key: { author_id: S('a1') }, projection: { expression: '#n', expressionNames: { '#n': 'author_name' } } },
      ],
    });
    expect(out).toEqual({
      result: { items: [{ id: 'p2', post_title: 'Actual old title' }, null, { author_name: 'New name' }], cancellationReasons: null },
    });
  });

  it('refuses transaction items without a table or with an unknown operation', async () => {
    const ds = dataSource(fx, fx.posts);
    expect((await ds.invoke({ operation: 'TransactGetItems', transactItems: [{ key: { id: S('x') } }] })).error?.type).toBe('MappingTemplate');
    const bad = await ds.invoke({ operation: 'TransactWriteItems', transactItems: [{ table: fx.posts, operation: 'Upsert', key: { id: S('x') } }] });
    expect(bad.error?.message).toMatch(/must be PutItem, UpdateItem, DeleteItem or ConditionCheck/);
  });
});
