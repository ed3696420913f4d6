import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dataSource, type Fixture } from './tables';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture('gpd');
});
afterAll(async () => fx?.dispose());

const S = (s: string) => ({ S: s });

describe('GetItem / PutItem / UpdateItem / DeleteItem', () => {
  it('puts an item (numbers as JSON numbers) and gets it back as plain JSON', async () => {
    const ds = dataSource(fx, fx.posts);
    const put = await ds.invoke({
      version: '2018-05-29', operation: 'PutItem', key: { id: S('p1') },
      attributeValues: { title: S('Hello'), views: { N: 12345 }, tags: { SS: ['a', 'b'] }, meta: { M: { ok: { BOOL: true }, none: { NULL: null } } }, blob: { B: 'AAEC' } },
    });
    expect(put.error).toBeUndefined();
    expect(put.result).toEqual({ id: 'p1', title: 'Hello', views: 12345, tags: ['a', 'b'], meta: { ok: true, none: null }, blob: 'AAEC' });
    const got = await ds.invoke({ operation: 'GetItem', key: { id: S('p1') }, consistentRead: true });
    expect(got).toEqual({ result: { id: 'p1', title: 'Hello', views: 12345, tags: ['a', 'b'], meta: { ok: true, none: null }, blob: 'AAEC' } });
  });

  it('GetItem of a missing key gives a null result, not an error', async () => {
    expect(await dataSource(fx, fx.posts).invoke({ operation: 'GetItem', key: { id: S('nope') } })).toEqual({ result: null });
  });

  it('GetItem honours a projection with expression names', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: S('proj') }, attributeValues: { name: S('n'), size: { N: 3 } } });
    const got = await ds.invoke({ operation: 'GetItem', key: { id: S('proj') }, projection: { expression: '#n, id', expressionNames: { '#n': 'name' } } });
    expect(got.result).toEqual({ id: 'proj', name: 'n' });
  });

  it('UpdateItem returns the whole item after the update', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: S('u1') }, attributeValues: { count: { N: 1 }, title: S('t') } });
    const out = await ds.invoke({
      operation: 'UpdateItem', key: { id: S('u1') },
      update: { expression: 'SET #c = #c + :one', expressionNames: { '#c': 'count' }, expressionValues: { ':one': { N: 1 } } },
    });
    expect(out).toEqual({ result: { id: 'u1', count: 2, title: 't' } });
  });

  it('DeleteItem returns the deleted item, and null when nothing was there', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: S('d1') }, attributeValues: { a: S('x') } });
    expect(await ds.invoke({ operation: 'DeleteItem', key: { id: S('d1') } })).toEqual({ result: { id: 'd1', a: 'x' } });
    expect(await ds.invoke({ operation: 'DeleteItem', key: { id: S('d1') } })).toEqual({ result: null });
  });
});

describe('condition check failures (AppSync re-reads the item)', () => {
  const notExists = { expression: 'attribute_not_exists(id)' };

  it('PutItem whose item equals the current one counts as a success and returns the current item', async () => {
    const ds = dataSource(fx, fx.posts);
    const request = { operation: 'PutItem', key: { id: S('c1') }, attributeValues: { name: S('Steve'), n: { N: 1 } }, condition: notExists };
    expect((await ds.invoke(request)).error).toBeUndefined();
    const again = await ds.invoke({ ...request, attributeValues: { n: { N: '1.0' }, name: S('Steve') } });
    expect(again).toEqual({ result: { id: 'c1', name: 'Steve', n: 1 } });
  });

  it('PutItem that differs only in equalsIgnore attributes counts as a success (the published version example)', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: S('c2') }, attributeValues: { name: S('Steve'), version: { N: 8 } } });
    const out = await ds.invoke({
      operation: 'PutItem', key: { id: S('c2') }, attributeValues: { name: S('Steve'), version: { N: 2 } },
      condition: { expression: 'version = :expectedVersion', expressionValues: { ':expectedVersion': { N: 1 } }, equalsIgnore: ['version'] },
    });
    expect(out).toEqual({ result: { id: 'c2', name: 'Steve', version: 8 } });
  });

  it('PutItem that differs is rejected: DynamoDB:ConditionalCheckFailedException, current item as result', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: S('c3') }, attributeValues: { name: S('Old') } });
    const out = await ds.invoke({ operation: 'PutItem', key: { id: S('c3') }, attributeValues: { name: S('New') }, condition: notExists });
    expect(out.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(out.error?.message).toMatch(/^The conditional request failed.*\(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: .+\)$/);
    expect(out.result).toEqual({ id: 'c3', name: 'Old' });
    const still = await ds.invoke({ operation: 'GetItem', key: { id: S('c3') } });
    expect(still.result).toEqual({ id: 'c3', name: 'Old' });
  });

  it('DeleteItem of an item that is already gone counts as a success', async () => {
    const out = await dataSource(fx, fx.posts).invoke({
      operation: 'DeleteItem', key: { id: S('never-there') }, condition: { expression: 'attribute_exists(id)' },
    });
    expect(out).toEqual({ result: null });
  });

  it('DeleteItem whose condition fails on an existing item is rejected with the current item', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: S('c4') }, attributeValues: { owner: S('alice') } });
    const out = await ds.invoke({
      operation: 'DeleteItem', key: { id: S('c4') },
      condition: { expression: '#o = :me', expressionNames: { '#o': 'owner' }, expressionValues: { ':me': S('bob') } },
    });
    expect(out.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(out.result).toEqual({ id: 'c4', owner: 'alice' });
  });

  it('UpdateItem whose condition fails always follows the strategy (Reject) with the current item', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: S('c5') }, attributeValues: { version: { N: 8 } } });
    const out = await ds.invoke({
      operation: 'UpdateItem', key: { id: S('c5') },
      update: { expression: 'SET version = :v', expressionValues: { ':v': { N: 9 } } },
      condition: { expression: 'version = :expected', expressionValues: { ':expected': { N: 1 } }, conditionalCheckFailedHandler: { strategy: 'Reject' } },
    });
    expect(out.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(out.result).toEqual({ id: 'c5', version: 8 });
  });

  it('UpdateItem with an unmet attribute_exists condition on a missing item is rejected with a null result', async () => {
    const out = await dataSource(fx, fx.posts).invoke({
      operation: 'UpdateItem', key: { id: S('ghost') }, update: { expression: 'SET a = :a', expressionValues: { ':a': S('x') } },
      condition: { expression: 'attribute_exists(id)', consistentRead: false },
    });
    expect(out.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(out.result).toBeNull();
  });
});

describe('errors', () => {
  it('a DynamoDB validation error becomes DynamoDB:<Exception>', async () => {
    const out = await dataSource(fx, fx.posts).invoke({ operation: 'GetItem', key: { wrong: S('x') } });
    expect(out.error?.type).toBe('DynamoDB:ValidationException');
  });

  it('a missing table is DynamoDB:ResourceNotFoundException', async () => {
    const out = await dataSource(fx, `${fx.posts}-missing`).invoke({ operation: 'GetItem', key: { id: S('x') } });
    expect(out.error?.type).toBe('DynamoDB:ResourceNotFoundException');
  });

  it.each([
    [null, /must return an object/],
    [{ operation: 'Frobnicate' }, /Unsupported DynamoDB operation "Frobnicate"/],
    [{ version: '2099-01-01', operation: 'GetItem', key: { id: S('x') } }, /Unsupported request version/],
    [{ operation: 'GetItem' }, /GetItem needs a "key"/],
    [{ operation: 'GetItem', key: { id: 'plain' } }, /GetItem.key.id: expected a typed value/],
    [{ operation: 'PutItem', key: { id: S('x') }, attributeValues: { n: { N: 'abc' } } }, /N must hold a number/],
    [{ operation: 'UpdateItem', key: { id: S('x') } }, /needs an "update" block/],
    [{ operation: 'Query' }, /needs a "query" block/],
  ])('a request AppSync would refuse gives a MappingTemplate error (%j)', async (request, message) => {
    const out = await dataSource(fx, fx.posts).invoke(request);
    expect(out.result).toBeUndefined();
    expect(out.error?.type).toBe('MappingTemplate');
    expect(out.error?.message).toMatch(message);
  });
});
