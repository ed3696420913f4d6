/**
 * Creates (and, for tests, deletes) the tables of `infra/model` on a DynamoDB endpoint: DynamoDB Local for
 * `npm start` and the tests, any DynamoDB for `local:serve`. Creation is idempotent: a table that exists is
 * left as it is (its data kept) and only waited for until ACTIVE.
 */
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type KeySchemaElement,
  type Projection as DdbProjection,
} from '@aws-sdk/client-dynamodb';
import { keyAttributes, physicalName, tables as modelTables } from '../../model';
import type { KeyAttribute, Projection, TableModel } from '../../model';

export type Log = (line: string) => void;

export interface CreateTablesOptions {
  /** Replaces `{stage}` in every table's name pattern. */
  stage: string;
  /** The tables to create; every table of the model when omitted. */
  tables?: readonly TableModel[];
  /** Progress lines, one per table. */
  log?: Log;
}

export interface CreatedTable {
  id: string;
  name: string;
  /** False when the table already existed and was kept as it was. */
  created: boolean;
}

function keySchema(partitionKey: KeyAttribute, sortKey?: KeyAttribute): KeySchemaElement[] {
  const schema: KeySchemaElement[] = [{ AttributeName: partitionKey.name, KeyType: 'HASH' }];
  if (sortKey) schema.push({ AttributeName: sortKey.name, KeyType: 'RANGE' });
  return schema;
}

function projection(p: Projection): DdbProjection {
  if (p.type === 'INCLUDE') return { ProjectionType: 'INCLUDE', NonKeyAttributes: p.attributes };
  return { ProjectionType: p.type };
}

/** The CreateTable request for one table of the model (PAY_PER_REQUEST, as every seed asks). */
export function createTableInput(table: TableModel, stage: string): CreateTableCommandInput {
  return {
    TableName: physicalName(table, stage),
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes(table).map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    ...(table.globalIndexes.length > 0
      ? {
          GlobalSecondaryIndexes: table.globalIndexes.map((index) => ({
            IndexName: index.name,
            KeySchema: keySchema(index.partitionKey, index.sortKey),
            Projection: projection(index.projection),
          })),
        }
      : {}),
    ...(table.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream } } : {}),
  };
}

/** Polls DescribeTable until the table and its indexes are ACTIVE (DynamoDB Local is near instant). */
async function waitActive(client: DynamoDBClient, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline) throw new Error(`table ${name} is still ${Table?.TableStatus} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function enableTtl(client: DynamoDBClient, name: string, attribute: string): Promise<void> {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
  const ttl = current.TimeToLiveDescription;
  if (ttl?.TimeToLiveStatus === 'ENABLED' && ttl.AttributeName === attribute) return;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { Enabled: true, AttributeName: attribute },
    }),
  );
}

/** Creates every table of the model that does not exist yet; returns what it created and what it kept. */
export async function createTables(client: DynamoDBClient, options: CreateTablesOptions): Promise<CreatedTable[]> {
  const log = options.log ?? (() => {});
  const results: CreatedTable[] = [];
  for (const table of options.tables ?? modelTables) {
    const name = physicalName(table, options.stage);
    let created = true;
    try {
      await client.send(new CreateTableCommand(createTableInput(table, options.stage)));
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) {
        throw new Error(`creating table ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      created = false;
    }
    await waitActive(client, name);
    if (table.ttlAttribute) await enableTtl(client, name, table.ttlAttribute);
    log(`${created ? 'created' : 'kept   '} ${name}`);
    results.push({ id: table.id, name, created });
  }
  return results;
}

/** Deletes the model's tables for a stage (those that exist). For tests. */
export async function deleteTables(
  client: DynamoDBClient,
  options: { stage: string; tables?: readonly TableModel[] },
): Promise<void> {
  for (const table of options.tables ?? modelTables) {
    try {
      await client.send(new DeleteTableCommand({ TableName: physicalName(table, options.stage) }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
  }
}
