/**
 * Benchmark server: the demo API on our local gateway, in a process of its own so its memory is measured alone.
 * argv: <dynamodb endpoint> <notes table>. IPC: sends `{ ready, url, realtimeUrl, apiKey, token }`; answers
 * `{ type: 'memory' }` with `{ memory }` after a full GC (run with --expose-gc).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localAuth } from '../../../infra/local/auth';
import { parseServeConfig } from '../../../infra/local/gateway/config';
import { createConfiguredDataSources } from '../../../infra/local/gateway/data-sources';
import { createLocalAppSync } from '../../../infra/local/gateway/local-appsync';
import { localDynamoClient, localDynamoWire } from '../../../infra/local/dynamodb/dynamodb-local';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const demo = fileURLToPath(new URL('../../fixtures/demo-api/', import.meta.url));
const [endpoint, tableName] = process.argv.slice(2);

async function main(): Promise<void> {
  const config = parseServeConfig(JSON.parse(readFileSync(join(demo, 'config.json'), 'utf8')));
  const notes = config.dataSources.notes;
  if (notes.type === 'AMAZON_DYNAMODB') notes.table.name = tableName;
  const client = localDynamoClient(endpoint);
  const dataSources = await createConfiguredDataSources(config.dataSources, { client, wire: localDynamoWire(endpoint), baseDir: demo });
  const auth = await localAuth(mkdtempSync(join(tmpdir(), 'bench-gw-')), config.auth);
  const api = await createLocalAppSync({ schemaPath: join(demo, 'schema.graphql'), resolversDir: join(demo, 'resolvers'), dataSources, auth, log: () => undefined });
  const server = createServer();
  api.attach(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const token = await auth.issuer.mintToken({ sub: 'bench' });
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'memory') return;
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ memory: process.memoryUsage() });
  });
  process.send?.({ ready: true, url: `http://127.0.0.1:${port}/graphql`, realtimeUrl: `ws://127.0.0.1:${port}/graphql/realtime`, apiKey: auth.apiKey.id, token });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
