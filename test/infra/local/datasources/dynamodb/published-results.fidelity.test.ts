/**
 * The results AWS publishes for the DynamoDB data source, reproduced on DynamoDB Local with the pages'
 * own tables, keys and values.
 */
import { CreateTableCommand, DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbDataSource, type DynamoWire } from '../../../../../infra/local/datasources/dynamodb';
import type { DynamoWireClient } from '../../../../../infra/local/dynamodb/wire-client';
import { createDynamoDbUtil } from '../../../../../infra/local/runtime/util/dynamodb';
import { createTransformUtil } from '../../../../../infra/local/runtime/util/transform';
import { testDynamoClient, testDynamoWire, uniquePrefix } from '../../../../support/dynamodb';

const util = { dynamodb: createDynamoDbUtil(), transform: createTransformUtil() };
const TRANSACT_WRITE = 'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-write-items.html';
const TRANSACT_GET = 'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-get-items.html';
const CONDITIONS = 'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-condition-expressions.html';
const GET_ITEM = 'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-getitem.html';
const BATCH_DELETE = 'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-delete-item.html';
const QUERY = 'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-query.html';

let client: DynamoDBClient;
let wire: DynamoWireClient;
const names = { posts: '', authors: '', things: '', people: '' };

async function table(name: string, keys: string[]) {
  await client.send(new CreateTableCommand({
    TableName: name, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keys.map((k) => ({ AttributeName: k, AttributeType: 'S' })),
    KeySchema: keys.map((k, i) => ({ AttributeName: k, KeyType: i === 0 ? 'HASH' : 'RANGE' })),
  }));
}

beforeAll(async () => {
  client = testDynamoClient();
  wire = testDynamoWire();
  const prefix = uniquePrefix('pub');
  Object.assign(names, { posts: `${prefix}posts`, authors: `${prefix}authors`, things: `${prefix}things`, people: `${prefix}People` });
  await table(names.posts, ['post_id']);
  await table(names.authors, ['author_id']);
  await table(names.things, ['foo', 'bar']);
  await table(names.people, ['id']);
});
afterAll(async () => {
  for (const name of Object.values(names)) if (name) await client.send(new DeleteTableCommand({ TableName: name }));
  client?.destroy();
  wire?.destroy();
});

const ds = (tableName: string, sender: DynamoWire = wire) => createDynamoDbDataSource({ client: sender, tableName });

describe(`TransactWriteItems (${TRANSACT_WRITE})`, () => {
  // The page's request handler, with ctx.args = { authorId, postId, title, description, oldTitle, authorName }.
  const request = (args: Record<string, string>) => ({
    operation: 'TransactWriteItems',
    transactItems: [
      {
        table: names.posts, operation: 'PutItem',
        key: util.dynamodb.toMapValues({ post_id: args.postId }),
        attributeValues: util.dynamodb.toMapValues({ post_title: args.title, post_description: args.description }),
        condition: JSON.parse(util.transform.toDynamoDBConditionExpression({ post_title: { eq: args.oldTitle } })!),
      },
      {
        table: names.authors, operation: 'UpdateItem',
        key: util.dynamodb.toMapValues({ author_id: args.authorId }),
        update: { expression: 'SET author_name = :name', expressionValues: util.dynamodb.toMapValues({ ':name': args.authorName }) },
      },
    ],
  });

  it('success: keys in request order, cancellationReasons null', async () => {
    await ds(names.posts).invoke({ operation: 'PutItem', key: { post_id: { S: 'p1' } }, attributeValues: { post_title: { S: 'Old title' } } });
    const out = await ds(names.posts).invoke(request({ postId: 'p1', authorId: 'a1', title: 'New title', description: 'New description', oldTitle: 'Old title', authorName: 'New name' }));
    expect(out).toEqual({ result: { keys: [{ post_id: 'p1' }, { author_id: 'a1' }], cancellationReasons: null } });
  });

  it('condition failure of the PutItem: keys null, the existing item in the first reason, "None" for the second', async () => {
    await ds(names.posts).invoke({
      operation: 'PutItem', key: { post_id: { S: 'p1' } },
      attributeValues: { post_title: { S: 'Actual old title' }, post_description: { S: 'Old description' } },
    });
    const out = await ds(names.posts).invoke(request({ postId: 'p1', authorId: 'a1', title: 'New title', description: 'New description', oldTitle: 'Stale title', authorName: 'New name' }));
    expect(out.result).toEqual({
      keys: null,
      cancellationReasons: [
        { item: { post_id: 'p1', post_title: 'Actual old title', post_description: 'Old description' }, type: 'ConditionCheckFailed', message: 'The condition check failed.' },
        { type: 'None', message: 'None' },
      ],
    });
    expect(out.error?.type).toBe('DynamoDB:TransactionCanceledException');
  });
});

describe(`TransactGetItems (${TRANSACT_GET})`, () => {
  const request = () => ({
    operation: 'TransactGetItems',
    transactItems: [
      { table: names.posts, key: util.dynamodb.toMapValues({ post_id: 'p2' }) },
      { table: names.authors, key: util.dynamodb.toMapValues({ author_id: 'missing' }) },
    ],
  });

  it('only the first item retrieved: [item, null], cancellationReasons null', async () => {
    await ds(names.posts).invoke({
      operation: 'PutItem', key: { post_id: { S: 'p2' } }, attributeValues: { post_title: { S: 'title' }, post_description: { S: 'description' } },
    });
    expect(await ds(names.posts).invoke(request())).toEqual({
      result: { items: [{ post_id: 'p2', post_title: 'title', post_description: 'description' }, null], cancellationReasons: null },
    });
  });

  it('cancelled by the first item: items null, one reason per item', async () => {
    const cancelling: DynamoWire = {
      async call(operation, input) {
        if (operation !== 'TransactGetItems') return wire.call(operation, input);
        throw Object.assign(new Error('Transaction cancelled, please refer cancellation reasons for specific reasons [Sample error type, None]'), {
          name: 'TransactionCanceledException',
          $metadata: { httpStatusCode: 400, requestId: 'R1' },
          CancellationReasons: [{ Code: 'Sample error type', Message: 'Sample error message' }, { Code: 'None' }],
        });
      },
    };
    const out = await ds(names.posts, cancelling).invoke(request());
    expect(out.result).toEqual({
      items: null,
      cancellationReasons: [{ type: 'Sample error type', message: 'Sample error message' }, { type: 'None', message: 'None' }],
    });
    expect(out.error?.type).toBe('DynamoDB:TransactionCanceledException');
  });
});

describe(`condition expressions (${CONDITIONS})`, () => {
  it('PutItem with equalsIgnore ["version"]: only the version differs, so it succeeds and returns the item from DynamoDB', async () => {
    await ds(names.people).invoke({ operation: 'PutItem', key: { id: { S: '1' } }, attributeValues: { name: { S: 'Steve' }, version: { N: 8 } } });
    const version = 1;
    const out = await ds(names.people).invoke({
      operation: 'PutItem',
      key: util.dynamodb.toMapValues({ id: '1' }),
      attributeValues: util.dynamodb.toMapValues({ name: 'Steve', version: version + 1 }),
      condition: { expression: 'version = :expectedVersion', expressionValues: util.dynamodb.toMapValues({ ':expectedVersion': version }), equalsIgnore: ['version'] },
    });
    expect(out).toEqual({ result: { id: '1', name: 'Steve', version: 8 } });
  });

  it('Reject: errorType DynamoDB:ConditionalCheckFailedException with the published message layout', async () => {
    const out = await ds(names.people).invoke({
      operation: 'PutItem', key: util.dynamodb.toMapValues({ id: '1' }), attributeValues: util.dynamodb.toMapValues({ name: 'Bob', version: 2 }),
      condition: { expression: 'version = :expectedVersion', expressionValues: util.dynamodb.toMapValues({ ':expectedVersion': 1 }) },
    });
    expect(out.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(out.error?.message).toMatch(
      /^The conditional request failed \(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: [^)]+\)$/,
    );
    expect(out.result).toEqual({ id: '1', name: 'Steve', version: 8 });
  });
});

describe(`GetItem (${GET_ITEM})`, () => {
  it('the page example: key from toMapValues({ foo, bar }), consistentRead true, the item converted to JSON', async () => {
    await ds(names.things).invoke({ operation: 'PutItem', key: { foo: { S: 'f' }, bar: { S: 'b' } }, attributeValues: { n: { N: 3 } } });
    const { foo, bar } = { foo: 'f', bar: 'b' };
    const out = await ds(names.things).invoke({ operation: 'GetItem', key: util.dynamodb.toMapValues({ foo, bar }), consistentRead: true });
    expect(out).toEqual({ result: { foo: 'f', bar: 'b', n: 3 } });
  });
});

describe(`BatchDeleteItem (${BATCH_DELETE})`, () => {
  it('only the keys passed in are returned, grouped by table in request order', async () => {
    await ds(names.posts).invoke({ operation: 'PutItem', key: { post_id: { S: 'p9' } }, attributeValues: { post_title: { S: 'x' } } });
    const out = await ds(names.posts).invoke({
      operation: 'BatchDeleteItem',
      tables: { [names.authors]: [util.dynamodb.toMapValues({ author_id: 'a1' })], [names.posts]: [util.dynamodb.toMapValues({ post_id: 'p9' })] },
    });
    expect(out).toEqual({
      result: { data: { [names.authors]: [{ author_id: 'a1' }], [names.posts]: [{ post_id: 'p9' }] }, unprocessedKeys: { [names.authors]: [], [names.posts]: [] } },
    });
  });
});

describe(`Query (${QUERY})`, () => {
  it('the result holds items, nextToken and scannedCount', async () => {
    const out = await ds(names.things).invoke({
      operation: 'Query', query: { expression: 'foo = :foo', expressionValues: util.dynamodb.toMapValues({ ':foo': 'f' }) },
    });
    expect(out.result).toEqual({ items: [{ foo: 'f', bar: 'b', n: 3 }], nextToken: null, scannedCount: 1 });
  });
});

describe('DeleteItem (https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-deleteitem.html)', () => {
  // The page's handler passes the string util.transform.toDynamoDBConditionExpression returns as `condition`.
  const request = (id: string, expectedVersion: number) => ({
    operation: 'DeleteItem',
    key: util.dynamodb.toMapValues({ id }),
    condition: util.transform.toDynamoDBConditionExpression({ id: { attributeExists: true }, version: { eq: expectedVersion } }),
  });

  it('deletes only if the item exists with the expected version', async () => {
    await ds(names.people).invoke({ operation: 'PutItem', key: { id: { S: 'd1' } }, attributeValues: { version: { N: 2 } } });
    const refused = await ds(names.people).invoke(request('d1', 1));
    expect(refused.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(refused.result).toEqual({ id: 'd1', version: 2 });
    expect(await ds(names.people).invoke(request('d1', 2))).toEqual({ result: { id: 'd1', version: 2 } });
  });
});
