// A data source confined to the tables its deployed role may use: batches and transactions naming another table are
// denied as IAM denies them on AppSync, before anything is written; the tables it may use work as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbDataSource } from '../../../../../infra/local/datasources/dynamodb';
import { createFixture, dataSource, type Fixture } from './tables';

let fx: Fixture;
const S = (s: string) => ({ S: s });
beforeAll(async () => {
  fx = await createFixture('access');
});
afterAll(async () => fx?.dispose());

const confined = (tables: string[]) =>
  createDynamoDbDataSource({ client: fx.wire, tableName: fx.posts, access: { dataSource: 'posts', region: 'eu-west-2', tables: new Set(tables) } });

describe('table access of a DynamoDB data source', () => {
  it('denies a transaction naming a table outside its role, and writes nothing', async () => {
    const out = await confined([fx.posts]).invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: fx.posts, operation: 'PutItem', key: { id: S('d1') }, attributeValues: { post_title: S('t') } },
        { table: fx.authors, operation: 'UpdateItem', key: { author_id: S('d1') }, update: { expression: 'SET author_name = :n', expressionValues: { ':n': S('n') } } },
      ],
    });
    expect(out.error?.type).toBe('DynamoDB:AccessDeniedException');
    expect(out.error?.message).toContain(`is not authorized to perform: dynamodb:UpdateItem on resource: arn:aws:dynamodb:eu-west-2:000000000000:table/${fx.authors}`);
    expect((await dataSource(fx, fx.posts).invoke({ operation: 'GetItem', key: { id: S('d1') } })).result).toBeNull();
  });

  it('names the batch action: BatchGetItem for reads, BatchWriteItem for puts and deletes', async () => {
    const get = await confined([fx.posts]).invoke({ operation: 'BatchGetItem', tables: { [fx.authors]: { keys: [{ author_id: S('x') }] } } });
    expect(get.error?.message).toContain('dynamodb:BatchGetItem');
    const del = await confined([fx.posts]).invoke({ operation: 'BatchDeleteItem', tables: { [fx.authors]: [{ author_id: S('x') }] } });
    expect(del.error?.message).toContain('dynamodb:BatchWriteItem');
  });

  it('runs requests on the tables it may use', async () => {
    const ds = confined([fx.posts, fx.authors]);
    const out = await ds.invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: fx.posts, operation: 'PutItem', key: { id: S('d2') }, attributeValues: { post_title: S('t') } },
        { table: fx.authors, operation: 'PutItem', key: { author_id: S('d2') }, attributeValues: { author_name: S('n') } },
      ],
    });
    expect(out.error).toBeUndefined();
    expect((await ds.invoke({ operation: 'GetItem', key: { id: S('d2') } })).result).toEqual({ id: 'd2', post_title: 't' });
  });
});
