/**
 * Data sources of a `local:serve` config, made real: DynamoDB tables on DynamoDB Local (created when missing, with
 * the SDK client; the data sources then speak DynamoDB JSON through `wire`), Lambda handlers imported in-process, NONE.
 */
import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDynamoDbDataSource, type DynamoWire } from '../datasources/dynamodb';
import { createLambdaDataSource, type LambdaHandler } from '../datasources/lambda';
import { createNoneDataSource } from '../datasources/none';
import type { DataSource } from '../datasources/types';
import type { DataSourceConfig, TableConfig } from './config';

/** Creates the table of a config entry unless it exists. */
export async function ensureTable(client: DynamoDBClient, table: TableConfig): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: table.name }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const type = (name: string) => table.keyTypes?.[name] ?? 'S';
  const keys = (pk: string, sk?: string) => [
    { AttributeName: pk, KeyType: 'HASH' as const },
    ...(sk ? [{ AttributeName: sk, KeyType: 'RANGE' as const }] : []),
  ];
  const names = new Set([table.partitionKey, table.sortKey, ...(table.globalIndexes ?? []).flatMap((i) => [i.partitionKey, i.sortKey])]);
  await client.send(
    new CreateTableCommand({
      TableName: table.name,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: keys(table.partitionKey, table.sortKey),
      AttributeDefinitions: [...names].filter((n): n is string => Boolean(n)).map((n) => ({ AttributeName: n, AttributeType: type(n) })),
      ...(table.globalIndexes?.length
        ? {
            GlobalSecondaryIndexes: table.globalIndexes.map((i) => ({
              IndexName: i.name,
              KeySchema: keys(i.partitionKey, i.sortKey),
              Projection: { ProjectionType: 'ALL' as const },
            })),
          }
        : {}),
    }),
  );
}

async function importHandler(modulePath: string, baseDir: string): Promise<LambdaHandler> {
  const file = isAbsolute(modulePath) ? modulePath : resolve(baseDir, modulePath);
  const loaded = (await import(pathToFileURL(file).href)) as { handler?: LambdaHandler };
  if (typeof loaded.handler !== 'function') throw new Error(`${modulePath} exports no \`handler\` function`);
  return loaded.handler;
}

/** Builds every configured data source; DynamoDB tables that do not exist yet are created. */
export async function createConfiguredDataSources(
  config: Record<string, DataSourceConfig>,
  context: { client: DynamoDBClient; wire: DynamoWire; baseDir: string; log?: (message: string) => void },
): Promise<Record<string, DataSource>> {
  const built: Record<string, DataSource> = {};
  for (const [name, ds] of Object.entries(config)) {
    if (ds.type === 'AMAZON_DYNAMODB') {
      await ensureTable(context.client, ds.table);
      built[name] = createDynamoDbDataSource({ client: context.wire, tableName: ds.table.name });
    } else if (ds.type === 'AWS_LAMBDA') {
      built[name] = createLambdaDataSource({ name, handler: await importHandler(ds.handler, context.baseDir), maxBatchSize: ds.maxBatchSize });
    } else {
      built[name] = createNoneDataSource();
    }
  }
  return built;
}
