/**
 * Requests built by the `@aws-appsync/utils/dynamodb` helpers and `util.transform`, executed on DynamoDB
 * Local: every generated expression must be one DynamoDB accepts and that does what the helper says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbModule } from '../../../../../infra/local/runtime/modules/dynamodb';
import { createTransformUtil } from '../../../../../infra/local/runtime/util/transform';
import { createFixture, dataSource, type Fixture } from './tables';

const ddb = createDynamoDbModule();
const ops = ddb.operations;
let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture('mod');
});
afterAll(async () => fx?.dispose());

/** Results are read field by field below; a loose type keeps the assertions short. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

async function run(request: unknown, table = fx.posts): Promise<Loose> {
  const out = await dataSource(fx, table).invoke(request);
  expect(out.error).toBeUndefined();
  return out.result as Loose;
}

describe('module helpers on DynamoDB Local', () => {
  it('put / get / update with every operation kind / remove', async () => {
    await run(ddb.put({ key: { id: 'm1' }, item: { name: 'n', count: 5, friends: [1, 2, 3], info: { city: 'Paris', zip: '75' }, old: 'x' } }));
    const updated = await run(ddb.update({
      key: { id: 'm1' },
      update: {
        count: ops.increment(10), friends: ops.append([4]), info: { city: 'Lyon' }, old: ops.remove(),
        address: ops.add({ street1: '1 Main' }), tags: ddb.toStringSet(['a', 'b']), name: ops.replace('m'),
      },
      condition: { count: { eq: 5 }, name: { attributeExists: true } },
    } as never));
    expect(updated).toEqual({
      id: 'm1', name: 'm', count: 15, friends: [1, 2, 3, 4], info: { city: 'Lyon', zip: '75' }, address: { street1: '1 Main' }, tags: ['a', 'b'],
    });
    const listItems = await run(ddb.update({ key: { id: 'm1' }, update: { friends: [ops.updateListItem(20, 1)], count: ops.decrement(5) } } as never));
    expect(listItems.friends).toEqual([1, 20, 3, 4]);
    expect(listItems.count).toBe(10);
    const pre = await run(ddb.update({ key: { id: 'm1' }, update: { friends: ops.prepend([0]) } } as never));
    expect(pre.friends).toEqual([0, 1, 20, 3, 4]);
    expect(await run(ddb.get({ key: { id: 'm1' }, projection: ['info.city', 'count'] }))).toEqual({ info: { city: 'Lyon' }, count: 10 });
    expect(await run(ddb.remove({ key: { id: 'm1' }, condition: { count: { between: [1, 100] } } }))).toMatchObject({ id: 'm1' });
  });

  it('a failing generated condition surfaces as DynamoDB:ConditionalCheckFailedException', async () => {
    await run(ddb.put({ key: { id: 'm2' }, item: { version: 1 } }));
    const out = await dataSource(fx, fx.posts).invoke(ddb.update({ key: { id: 'm2' }, update: { version: ops.increment() }, condition: { version: { eq: 7 } } } as never));
    expect(out.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(out.result).toEqual({ id: 'm2', version: 1 });
  });

  it('query with key condition, filter (and/or/not, in, contains, size) and scan with a filter', async () => {
    for (let i = 1; i <= 6; i += 1) {
      await run(ddb.put({ key: { pk: 'q', sk: `s${i}` }, item: { kind: i % 2 ? 'odd' : 'even', n: i, tags: ['t', `t${i}`], label: 'x'.repeat(i) } }), fx.events);
    }
    const q = await run(ddb.query({
      query: { pk: { eq: 'q' }, sk: { between: ['s2', 's6'] } },
      filter: { or: [{ n: { in: [2, 3] } }, { and: [{ tags: { contains: 't6' } }, { label: { size: { gt: 5 } } }] }], not: { kind: { eq: 'never' } } },
    } as never), fx.events);
    expect(q.items.map((i: { n: number }) => i.n)).toEqual([2, 3, 6]);
    const s = await run(ddb.scan({ filter: { kind: { eq: 'odd' }, n: { ge: 3 } } } as never), fx.events);
    expect(s.items.map((i: { n: number }) => i.n).sort()).toEqual([3, 5]);
    const idx = await run(ddb.query({ index: 'byKind', query: { kind: { eq: 'even' }, sk: { beginsWith: 's' } }, limit: 2 } as never), fx.events);
    expect(idx.items).toHaveLength(2);
    expect(typeof idx.nextToken).toBe('string');
  });

  it('util.transform.toDynamoDBFilterExpression output works as a Scan filter', async () => {
    await run(ddb.put({ key: { id: 'f1' }, item: { title: 'far away galaxy' } }));
    await run(ddb.put({ key: { id: 'f2' }, item: { title: 'nearby' } }));
    const filter = JSON.parse(createTransformUtil().toDynamoDBFilterExpression({ title: { beginsWith: 'far away' } })!);
    const out = await run({ operation: 'Scan', filter });
    expect(out.items).toEqual([{ id: 'f1', title: 'far away galaxy' }]);
  });

  it('batch and transaction helpers across two tables', async () => {
    await run(ddb.batchPut({ tables: { [fx.posts]: [{ id: 'b1', t: 1 }, { id: 'b2', t: 2 }], [fx.authors]: [{ author_id: 'a1' }] } }));
    const got = await run(ddb.batchGet({ tables: { [fx.posts]: { keys: [{ id: 'b2' }, { id: 'b1' }] }, [fx.authors]: { keys: [{ author_id: 'a1' }] } } }));
    expect(got.data[fx.posts]).toEqual([{ id: 'b2', t: 2 }, { id: 'b1', t: 1 }]);
    const tx = await run(ddb.transactWrite({
      items: [
        { updateItem: { table: fx.posts, key: { id: 'b1' }, update: { t: ops.increment(1) }, condition: { t: { eq: 1 } } } },
        { deleteItem: { table: fx.posts, key: { id: 'b2' } } },
        { conditionCheck: { table: fx.authors, key: { author_id: 'a1' }, condition: { author_id: { attributeExists: true } } } },
        { putItem: { table: fx.authors, key: { author_id: 'a2' }, item: { name: 'B' } } },
      ],
    } as never));
    expect(tx).toEqual({ keys: [{ id: 'b1' }, { id: 'b2' }, { author_id: 'a1' }, { author_id: 'a2' }], cancellationReasons: null });
    const tget = await run(ddb.transactGet({ items: [{ table: fx.posts, key: { id: 'b1' } }, { table: fx.posts, key: { id: 'b2' } }, { table: fx.authors, key: { author_id: 'a2' }, projection: ['name'] }] }));
    expect(tget).toEqual({ items: [{ id: 'b1', t: 2 }, null, { name: 'B' }], cancellationReasons: null });
    const deleted = await run(ddb.batchDelete({ tables: { [fx.authors]: [{ author_id: 'a1' }, { author_id: 'a2' }] } }));
    expect(deleted.data[fx.authors]).toEqual([{ author_id: 'a1' }, { author_id: 'a2' }]);
  });
});
