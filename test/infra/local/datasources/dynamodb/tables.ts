/** Tables for the DynamoDB data source suites, created on the run's DynamoDB Local under a unique prefix. */
import { CreateTableCommand, DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { testDynamoClient, testDynamoWire, uniquePrefix } from '../../../../support/dynamodb';
import { createDynamoDbDataSource } from '../../../../../infra/local/datasources/dynamodb';
import type { DynamoWireClient } from '../../../../../infra/local/dynamodb/wire-client';

export interface Fixture {
  /** The SDK, for setting tables up and reading them behind the data source's back. */
  client: DynamoDBClient;
  /** What the data sources speak through. */
  wire: DynamoWireClient;
  /** Real table names by role. */
  posts: string;
  authors: string;
  events: string;
  dispose(): Promise<void>;
}

/** posts (id), authors (author_id), events (pk, sk; GSI byKind: kind, sk). */
export async function createFixture(label: string): Promise<Fixture> {
  const client = testDynamoClient();
  const wire = testDynamoWire();
  const prefix = uniquePrefix(label);
  const posts = `${prefix}posts`;
  const authors = `${prefix}authors`;
  const events = `${prefix}events`;
  const simple = (name: string, key: string) =>
    client.send(new CreateTableCommand({
      TableName: name, BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
      KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
    }));
  await simple(posts, 'id');
  await simple(authors, 'author_id');
  await client.send(new CreateTableCommand({
    TableName: events, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'kind', AttributeType: 'S' },
    ],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    GlobalSecondaryIndexes: [{
      IndexName: 'byKind', Projection: { ProjectionType: 'ALL' },
      KeySchema: [{ AttributeName: 'kind', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    }],
  }));
  return {
    client, wire, posts, authors, events,
    async dispose() {
      for (const name of [posts, authors, events]) await client.send(new DeleteTableCommand({ TableName: name }));
      client.destroy();
      wire.destroy();
    },
  };
}

/** The unit data source of one table. */
export function dataSource(fixture: Fixture, table: string, now?: () => number) {
  return createDynamoDbDataSource({ client: fixture.wire, tableName: table, now });
}
