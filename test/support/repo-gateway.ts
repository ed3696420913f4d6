/**
 * The repo's own API (schema/ + resolvers/ + infra/model) on the run's DynamoDB Local, behind a real HTTP(S) server
 * on loopback: the tables (of the given apps, or all) created for a stage of its own, `ctx.env` as deployed, and a
 * clock tests can move.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiEnvironment, tables, type AppId } from '../../infra/model';
import { localAuth, type LocalAuth } from '../../infra/local/auth';
import { createTables } from '../../infra/local/dynamodb/create-tables';
import type { LocalAppSync, LocalAppSyncOptions } from '../../infra/local/gateway/local-appsync';
import { createRepoAppSync } from '../../infra/local/gateway/repo-appsync';
import type { DynamoWire } from '../../infra/local/datasources/dynamodb';
import { startStreamConsumers, type StreamConsumers } from '../../infra/local/gateway/stream-consumers';
import { combineRoutes } from '../../infra/local/gateway/extra-routes';
import { pageRoutes } from '../../infra/local/gateway/pages';
import { createBillingRuntime, type BillingRuntime, type BillingRuntimeOptions } from '../../infra/local/gateway/billing-runtime';
import { LOCAL_AUTH, LOCAL_REGION } from '../../infra/local/gateway/start-local';
import { ensureTls } from '../../infra/local/tls/ca';
import { testDynamoClient, testDynamoWire } from './dynamodb';
import { serveOnLoopback } from './loopback-server';

export interface RepoGateway {
  url: string;
  realtimeUrl: string;
  port: number;
  stage: string;
  caCertPath: string | null;
  auth: LocalAuth;
  api: LocalAppSync;
  client: ReturnType<typeof testDynamoClient>;
  doc: DynamoDBDocumentClient;
  /** ctx.env of the API (physical table names). */
  env: Record<string, string>;
  /** Milliseconds added to the real clock, as the resolvers see it. */
  clock: { offsetMs: number };
  /** The billing Lambda and authorizer (PGlite in memory unless `billing.databaseUrl`), opened on first use. */
  billing: BillingRuntime;
  /** The orders stream publisher, when started (`orderStream: true`). */
  orderStream: StreamConsumers | null;
  /** The stream consumers named in `streams`, when any. */
  streams: StreamConsumers | null;
  close(): Promise<void>;
}

export interface RepoGatewayOptions extends Partial<Omit<LocalAppSyncOptions, 'schemaPath' | 'resolversDir' | 'dataSources' | 'build'>> {
  tls?: boolean;
  /** Create only these apps' tables (faster); all tables when omitted. */
  apps?: readonly AppId[];
  billing?: Pick<BillingRuntimeOptions, 'databaseUrl' | 'autoFlush' | 'webhook' | 'razorpay'>;
  /** Run the orders table's stream publisher (storefront order changes made by delivery mutations). */
  orderStream?: boolean;
  /** Run these stream consumers (names of infra/local/gateway/stream-consumers.ts, e.g. `flowlogic-audit`). */
  streams?: readonly string[];
  /** Serve the local pages (/tracking, /explorer, /local/token) as `npm start` does; their problems go to `log`. */
  pages?: { log?: (line: string) => void };
  /** Wraps the data sources' DynamoDB client (to count or fail their calls). */
  wrapWire?: (wire: DynamoWire) => DynamoWire;
}

export async function startRepoGateway(options: RepoGatewayOptions = {}): Promise<RepoGateway> {
  const { tls, apps, billing: billingOptions, orderStream: withOrderStream, streams: streamNames, wrapWire, pages, ...overrides } = options;
  const stage = `t${randomBytes(3).toString('hex')}`;
  const client = testDynamoClient();
  await createTables(client, { stage, ...(apps ? { tables: tables.filter((t) => apps.includes(t.app)) } : {}) });
  const clock = { offsetMs: 0 };
  const env = apiEnvironment(stage);
  const gatewayDir = mkdtempSync(join(tmpdir(), 'repo-gw-'));
  const now = () => Date.now() + clock.offsetMs;
  const billing = createBillingRuntime({ client, hotTable: env.TABLE_usageHotEvents, storeTables: { orders: env.TABLE_orders, payments: env.TABLE_storePayments }, now, ...billingOptions });
  const auth = await localAuth(gatewayDir, { ...LOCAL_AUTH, additional: [...LOCAL_AUTH.additional], lambdaAuthorizer: billing.authorizer });
  const wire = testDynamoWire();
  const api = await createRepoAppSync({
    wire: wrapWire ? wrapWire(wire) : wire,
    stage,
    region: LOCAL_REGION,
    lambdas: billing.lambdas,
    extraRoutes: pages ? combineRoutes(billing.routes, pageRoutes({ auth, log: pages.log ?? (() => undefined) })) : billing.routes,
    auth,
    env,
    now,
    log: () => undefined,
    ...overrides,
  });
  const material = tls ? ensureTls(gatewayDir) : null;
  const served = await serveOnLoopback(api, material);
  const consumers = [...(withOrderStream ? ['orders'] : []), ...(streamNames ?? [])];
  const streams =
    consumers.length > 0 ? await startStreamConsumers({ client, env, graphqlUrl: served.url, auth, only: consumers, log: (line) => console.error(line) }) : null;
  const orderStream = withOrderStream ? streams : null;
  return {
    url: served.url,
    realtimeUrl: served.realtimeUrl,
    port: served.port,
    stage,
    caCertPath: material?.caCertPath ?? null,
    auth,
    api,
    client,
    doc: DynamoDBDocumentClient.from(client),
    env,
    clock,
    billing,
    orderStream,
    streams,
    close: async () => {
      await streams?.stop();
      await served.close();
      await billing.close();
      client.destroy();
      wire.destroy();
    },
  };
}
