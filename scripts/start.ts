/**
 * `npm start`: the local gateway with demo data. Today it brings up DynamoDB Local on disk under
 * `.gateway/dynamodb/` (or `$GATEWAY_DIR/dynamodb/`) with every table of the model, and stays up until
 * Ctrl-C or SIGTERM, which stop DynamoDB Local cleanly (the data is kept for the next start).
 *
 * Env: DYNAMODB_PORT (default 8000), GATEWAY_DIR (default `.gateway`).
 */
import { isAbsolute, relative } from 'node:path';
import { STOREFRONT_DEMO_IDENTITIES as people } from '../infra/local/demo-data/storefront';
import { LOCAL_STAGE, startLocalStack, type LocalStack } from '../infra/local/gateway/start-local';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const log = (line: string) => console.log(`[start] ${line}`);

function parsePort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${name}=${value} is not a port number (1-65535)`);
  return port;
}

function printSummary(stack: LocalStack): void {
  const width = Math.max(...stack.tables.map((t) => t.name.length));
  const show = (path: string) => {
    const inside = relative(process.cwd(), path);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
  };
  console.log(
    [
      '',
      'Local gateway ready',
      `  DynamoDB Local  ${stack.dynamodb.endpoint}  (pid ${stack.dynamodb.pid}, data in ${show(
        stack.dynamodbDataDir,
      )})`,
      `  region          ${stack.config.region}`,
      `  config          ${show(stack.configPath)}`,
      `  GraphQL         not yet (arrives with the local AppSync endpoint)`,
      `  tables (stage ${LOCAL_STAGE}):`,
      ...stack.tables.map((t) => `    ${t.name.padEnd(width)}  ${String(t.items).padStart(5)} items`),
      '  demo people (storefront, by phone / Cognito sub):',
      ...Object.entries(people).map(([role, p]) => `    ${role.padEnd(10)}  ${p.phone}  ${p.sub}`),
      '  demo people (reporting): John Doe, john.doe@acme.com, user_67890 of org_12345',
      '',
      'Press Ctrl-C to stop (data is kept).',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const port = parsePort(process.env.DYNAMODB_PORT, 8000, 'DYNAMODB_PORT');
  // Signals are handled from the first moment: one arriving during start-up stops the stack once it is up,
  // rather than killing Node and leaving the Java process behind.
  const state: { stack?: LocalStack; signal?: NodeJS.Signals; stopping?: boolean } = {};
  const shutdown = async () => {
    if (!state.stack) return log(`${state.signal}: stopping as soon as start-up is done`);
    if (state.stopping) return;
    state.stopping = true;
    log(`${state.signal}: stopping DynamoDB Local (data kept)`);
    await state.stack.stop();
    log('stopped');
    process.exit(0);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    state.signal ??= signal;
    void shutdown();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  state.stack = await startLocalStack({
    dataDir: process.env.GATEWAY_DIR || '.gateway',
    ports: { dynamodb: port },
    log,
  });
  if (state.signal) return shutdown();
  printSummary(state.stack);
}

main().catch((error: unknown) => {
  console.error(`[start] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
