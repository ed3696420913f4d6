/**
 * Starts the local gateway's services and returns one `stop` for all of them: DynamoDB Local on disk with every
 * table of the model and the demo data (loaded into empty tables only), then the local AppSync endpoint serving the
 * repo's schema and resolvers over HTTPS/WSS and HTTP/WS, then the outputs clients read
 * (`amplify_outputs.json`, `.gateway/local.json`).
 */
import { join, resolve } from 'node:path';
import { tables as modelTables, physicalName } from '../../model';
import { countItems } from '../dynamodb/count-items';
import { createTables, type Log } from '../dynamodb/create-tables';
import { localDynamoClient, localDynamoWire, startDynamoDbLocal, type DynamoDbLocal } from '../dynamodb/dynamodb-local';
import { loadDemoData } from '../demo-data/load';
import { apiEnvironment } from '../../model';
import { localAuth } from '../auth';
import { type LocalConfig } from './local-config';
import { createRepoAppSync, REPO_ROOT } from './repo-appsync';
import { createBillingRuntime } from './billing-runtime';
import { startStreamConsumers } from './stream-consumers';
import { loadBillingDemo } from '../demo-data/billing-postgres';
import { writeOutputs, type LocalEndpoints } from './outputs';
import { assertPortFree } from './port-check';
import { serveApi } from './serve';
import { combineRoutes } from './extra-routes';
import { createStripeRoute, STRIPE_WEBHOOK_PATH } from './stripe-route';
import { pageRoutes } from './pages';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { FLOWLOGIC_MIGRATIONS_DIR, loadMigrations } from '../../migrations/load-migrations';
import { runMigrations, summarize } from '../../migrations/run-migrations';
import { tableById } from '../../model';

/** Auth of the local gateway, as DESIGN.md's table: Cognito user pools by default, API key and IAM beside it. */
export const LOCAL_AUTH = { default: 'AMAZON_COGNITO_USER_POOLS', additional: ['API_KEY', 'AWS_IAM', 'AWS_LAMBDA'] } as const;

export const LOCAL_STAGE = 'local';
/** London, the first region of the reporting app (seed 000); DynamoDB Local ignores it (`-sharedDb`). */
export const LOCAL_REGION = 'eu-west-2';

export interface StartLocalOptions {
  /** Directory for the local state (`.gateway/`): DynamoDB data under `dynamodb/`, `local.json`. */
  dataDir: string;
  /** DynamoDB Local, HTTPS/WSS and plain HTTP/WS ports (0 picks a free one for the last two). */
  ports: { dynamodb: number; https: number; http: number };
  /** Where `amplify_outputs.json` goes (default: the repo root). */
  amplifyOutputsPath?: string;
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
  endpoints: LocalEndpoints;
  resolverCount: number;
  config: LocalConfig;
  configPath: string;
  dynamodbDataDir: string;
  tables: TableSummary[];
  stop(): Promise<void>;
}

/**
 * The data migrations `npm run migrate` applies, applied at start-up too, so the local data has the shape deployed data
 * has (the demo data predates the later ones). A failed migration is reported and the gateway starts anyway: the data
 * is a developer's, and `npm run migrate` retries it.
 */
async function applyDataMigrations(client: DynamoDBClient, log: Log) {
  const report = await runMigrations({
    doc: DynamoDBDocumentClient.from(client),
    stage: LOCAL_STAGE,
    table: physicalName(tableById('flowMigrations'), LOCAL_STAGE),
    migrations: await loadMigrations(FLOWLOGIC_MIGRATIONS_DIR),
    log,
  });
  log(summarize(report));
  if (report.failed) log(`migration ${report.failed.version} failed (${report.failed.error}): fix it, then npm run migrate`);
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
  const wire = localDynamoWire(dynamodb.endpoint, LOCAL_REGION);
  const closers: (() => Promise<void>)[] = [async () => client.destroy(), async () => wire.destroy(), () => dynamodb.stop()];
  const stop = async () => {
    for (const close of closers.splice(0).reverse()) await close();
  };
  try {
    log(`DynamoDB Local answers on ${dynamodb.endpoint} (pid ${dynamodb.pid})`);
    await createTables(client, { stage: LOCAL_STAGE, log: (line) => log(`  ${line}`) });
    if (options.demoData !== false) {
      log('loading demo data into empty tables');
      await loadDemoData(client, LOCAL_STAGE, (line) => log(`  ${line}`));
    }
    log('applying pending Flow Logic data migrations (npm run migrate)');
    await applyDataMigrations(client, (line) => log(`  ${line}`));
    const tables: TableSummary[] = [];
    for (const table of modelTables) {
      const name = physicalName(table, LOCAL_STAGE);
      tables.push({ id: table.id, name, items: await countItems(client, name) });
    }

    const env = apiEnvironment(LOCAL_STAGE);
    const billing = createBillingRuntime({
      client,
      hotTable: env.TABLE_usageHotEvents,
      storeTables: { orders: env.TABLE_orders, payments: env.TABLE_storePayments },
      dataDir: join(dataDir, 'pglite'),
      filesDir: join(dataDir, 'billing'),
      autoFlush: true,
      alertIntervalMs: 60_000,
      paymentRetryIntervalMs: 60_000,
      log: (line) => log(`  ${line}`),
    });
    closers.push(() => billing.close());
    log(process.env.DATABASE_URL ? 'opening the billing PostgreSQL (DATABASE_URL)' : `opening PGlite for billing (data in ${join(dataDir, 'pglite')})`);
    const billingDb = await billing.database();
    if (options.demoData !== false) await loadBillingDemo(billingDb, (line) => log(`  ${line}`));
    // Events left pending in the hot store (the demo's, or a previous run's) are counted now, as the stream would.
    billing.flushSoon();

    const stripe = createStripeRoute({ client, env, log: (line) => log(`  ${line}`) });
    log(`Flow Logic Stripe webhook: POST ${STRIPE_WEBHOOK_PATH}, signing secret: ${stripe.secretSource}`);
    log('bundling resolvers and starting the GraphQL endpoint');
    const auth = await localAuth(dataDir, { ...LOCAL_AUTH, additional: [...LOCAL_AUTH.additional], region: LOCAL_REGION, lambdaAuthorizer: billing.authorizer });
    const api = await createRepoAppSync({
      wire,
      stage: LOCAL_STAGE,
      region: LOCAL_REGION,
      lambdas: billing.lambdas,
      extraRoutes: combineRoutes(billing.routes, stripe.routes, pageRoutes({ auth, log })),
      auth,
      env,
      log,
    });
    const served = await serveApi({
      api,
      auth,
      gatewayDir: dataDir,
      ports: { https: options.ports.https, http: options.ports.http },
      dynamodbEndpoint: dynamodb.endpoint,
      region: LOCAL_REGION,
    });
    closers.push(() => served.close());
    // Every stream consumer (orders publisher, Flow Logic audit trail and publisher), as the deployed Lambdas.
    const streams = await startStreamConsumers({ client, env, graphqlUrl: served.endpoints.httpGraphqlUrl, auth, log });
    closers.push(() => streams.stop());

    const configPath = join(dataDir, 'local.json');
    writeOutputs({ amplifyOutputs: options.amplifyOutputsPath ?? join(REPO_ROOT, 'amplify_outputs.json'), localJson: configPath }, served.endpoints, LOCAL_STAGE);
    const config: LocalConfig = { ...served.endpoints, stage: LOCAL_STAGE };
    return { dynamodb, endpoints: served.endpoints, resolverCount: api.build.resolvers.length, config, configPath, dynamodbDataDir, tables, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
