/**
 * The real API (schema/ + resolvers/) behind the local endpoint over real HTTP, on the model's tables created for a
 * unique stage, with ctx.env from apiEnvironment(stage) and a clock tests can move.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiEnvironment, tables } from '../../../infra/model';
import { localAuth, type LocalAuth } from '../../../infra/local/auth';
import { createTables } from '../../../infra/local/dynamodb/create-tables';
import { createLocalAppSync } from '../../../infra/local/gateway/local-appsync';
import { createModelDataSources } from '../../../infra/local/gateway/model-data-sources';
import { testDynamoClient, uniquePrefix } from '../../support/dynamodb';

export interface ApiGateway {
  url: string;
  auth: LocalAuth;
  doc: DynamoDBDocumentClient;
  env: Record<string, string>;
  /** Milliseconds added to the real clock, as the resolvers see it. */
  clock: { offsetMs: number };
  close(): Promise<void>;
}

export async function startApiGateway(apps: readonly string[]): Promise<ApiGateway> {
  const stage = uniquePrefix('api').slice(0, -1);
  const client = testDynamoClient();
  await createTables(client, { stage, tables: tables.filter((t) => apps.includes(t.app)) });
  const clock = { offsetMs: 0 };
  const auth = await localAuth(mkdtempSync(join(tmpdir(), 'api-gw-')), { default: 'AMAZON_COGNITO_USER_POOLS', additional: ['API_KEY', 'AWS_IAM'] });
  const env = apiEnvironment(stage);
  const api = await createLocalAppSync({
    schemaPath: 'schema',
    resolversDir: 'resolvers',
    dataSources: createModelDataSources({ client, stage }),
    auth,
    env,
    now: () => Date.now() + clock.offsetMs,
    log: () => undefined,
  });
  const server = createServer();
  const closeRealtime = api.attach(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    auth,
    doc: DynamoDBDocumentClient.from(client),
    env,
    clock,
    close: async () => {
      closeRealtime();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      client.destroy();
    },
  };
}

/** Runs `count` tasks with at most `width` in flight. */
export async function inBatches<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += width) {
    const size = Math.min(width, count - start);
    out.push(...(await Promise.all(Array.from({ length: size }, (_, k) => task(start + k)))));
  }
  return out;
}
