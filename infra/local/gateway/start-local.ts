/**
 * Starts the local gateway's services and returns one `stop` for all of them. Today: DynamoDB Local on disk
 * with every table of the model and the demo data (loaded into empty tables only). The GraphQL endpoint
 * plugs in here when it lands, after the tables and before `.gateway/local.json` is written.
 */
import { join, resolve } from 'node:path';
import { tables as modelTables, physicalName } from '../../model';
import { countItems } from '../dynamodb/count-items';
import { createTables, type Log } from '../dynamodb/create-tables';
import { localDynamoClient, startDynamoDbLocal, type DynamoDbLocal } from '../dynamodb/dynamodb-local';
import { loadDemoData } from '../demo-data/load';
import { writeLocalConfig, type LocalConfig } from './local-config';
import { assertPortFree } from './port-check';

export const LOCAL_STAGE = 'local';
/** London, the first region of the reporting app (seed 000); DynamoDB Local ignores it (`-sharedDb`). */
export const LOCAL_REGION = 'eu-west-2';

export interface StartLocalOptions {
  /** Directory for the local state (`.gateway/`): DynamoDB data under `dynamodb/`, `local.json`. */
  dataDir: string;
  ports: { dynamodb: number };
  log?: Log;
  /** Skip the demo data (tables are still created). */
  demoData?: boolean;
}

export interface TableSummary {
  id: string;
  name: string;
  items: number;
}

export interface LocalStack {
  dynamodb: DynamoDbLocal;
  config: LocalConfig;
  configPath: string;
  dynamodbDataDir: string;
  tables: TableSummary[];
  stop(): Promise<void>;
}

export async function startLocalStack(options: StartLocalOptions): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir);
  const dynamodbDataDir = join(dataDir, 'dynamodb');
  const port = options.ports.dynamodb;

  await assertPortFree(port, 'DYNAMODB_PORT');
  log(`starting DynamoDB Local on port ${port} (data in ${dynamodbDataDir})`);
  const dynamodb = await startDynamoDbLocal({ port, dbPath: dynamodbDataDir });
  const client = localDynamoClient(dynamodb.endpoint, LOCAL_REGION);
  try {
    log(`DynamoDB Local answers on ${dynamodb.endpoint} (pid ${dynamodb.pid})`);
    await createTables(client, { stage: LOCAL_STAGE, log: (line) => log(`  ${line}`) });
    if (options.demoData !== false) {
      log('loading demo data into empty tables');
      await loadDemoData(client, LOCAL_STAGE, (line) => log(`  ${line}`));
    }
    const tables: TableSummary[] = [];
    for (const table of modelTables) {
      const name = physicalName(table, LOCAL_STAGE);
      tables.push({ id: table.id, name, items: await countItems(client, name) });
    }
    const config: LocalConfig = { dynamodbEndpoint: dynamodb.endpoint, region: LOCAL_REGION, stage: LOCAL_STAGE };
    const configPath = join(dataDir, 'local.json');
    writeLocalConfig(configPath, config);
    return { dynamodb, config, configPath, dynamodbDataDir, tables, stop: () => dynamodb.stop() };
  } catch (error) {
    await dynamodb.stop();
    throw error;
  } finally {
    client.destroy();
  }
}
