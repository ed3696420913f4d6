/**
 * Starts the demo API of test/fixtures/demo-api on the run's DynamoDB Local, behind a real HTTP server on loopback,
 * the way `npm run local:serve` would.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localAuth, type LocalAuth, type LocalAuthConfig } from '../../infra/local/auth';
import { ensureTls } from '../../infra/local/tls/ca';
import { parseServeConfig } from '../../infra/local/gateway/config';
import { createConfiguredDataSources } from '../../infra/local/gateway/data-sources';
import { createLocalAppSync, type LocalAppSync, type LocalAppSyncOptions } from '../../infra/local/gateway/local-appsync';
import { testDynamoClient, testDynamoWire, uniquePrefix } from './dynamodb';
import { serveOnLoopback } from './loopback-server';

export const DEMO_DIR = fileURLToPath(new URL('../fixtures/demo-api/', import.meta.url));

export interface DemoGateway {
  url: string;
  realtimeUrl: string;
  caCertPath: string | null;
  port: number;
  auth: LocalAuth;
  api: LocalAppSync;
  server: Server;
  tableName: string;
  close(): Promise<void>;
}

export interface DemoGatewayOptions extends Partial<LocalAppSyncOptions> {
  /** Serve over TLS with a CA generated in the gateway dir (aws-amplify v6 always opens wss://). */
  tls?: boolean;
  /** Replaces the auth part of config.json (e.g. to add a Lambda authorizer). */
  authConfig?: LocalAuthConfig;
}

export async function startDemoGateway(overrides: DemoGatewayOptions = {}): Promise<DemoGateway> {
  const { tls, authConfig, ...options } = overrides;
  const config = parseServeConfig(JSON.parse(readFileSync(join(DEMO_DIR, 'config.json'), 'utf8')));
  const tableName = `${uniquePrefix('demo')}notes`;
  const notes = config.dataSources.notes;
  if (notes.type === 'AMAZON_DYNAMODB') notes.table.name = tableName;
  const client = testDynamoClient();
  const wire = testDynamoWire();
  const dataSources = await createConfiguredDataSources(config.dataSources, { client, wire, baseDir: DEMO_DIR });
  const gatewayDir = mkdtempSync(join(tmpdir(), 'demo-gw-'));
  const auth = await localAuth(gatewayDir, authConfig ?? config.auth);
  const api = await createLocalAppSync({
    schemaPath: join(DEMO_DIR, 'schema.graphql'),
    resolversDir: join(DEMO_DIR, 'resolvers'),
    dataSources,
    auth,
    log: () => undefined,
    ...options,
  });
  const material = tls ? ensureTls(gatewayDir) : null;
  const served = await serveOnLoopback(api, material);
  return {
    url: served.url,
    realtimeUrl: served.realtimeUrl,
    caCertPath: material?.caCertPath ?? null,
    port: served.port,
    auth,
    api,
    server: served.server,
    tableName,
    close: async () => {
      await served.close();
      client.destroy();
      wire.destroy();
    },
  };
}

/** POSTs a GraphQL request; returns status and parsed body. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] } };
}
