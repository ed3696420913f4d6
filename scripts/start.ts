/**
 * `npm start`: the local gateway with demo data: DynamoDB Local on disk under `.gateway/dynamodb/` (or
 * `$GATEWAY_DIR/dynamodb/`) with every table of the model, and the local AppSync endpoint over the repo's schema and
 * resolvers. It stays up until Ctrl-C or SIGTERM, which close the endpoint and stop DynamoDB Local cleanly (the data is
 * kept for the next start).
 *
 * Env: DYNAMODB_PORT (default 8000), GATEWAY_HTTPS_PORT (4000), GATEWAY_HTTP_PORT (4001), GATEWAY_DIR (`.gateway`),
 * AMPLIFY_OUTPUTS (default `amplify_outputs.json` at the repo root).
 */
import { BILLING_DEMO_ORGANISATIONS } from '../infra/local/demo-data/billing';
import { BILLING_DEMO_OPERATORS, demoProjectKey } from '../infra/local/demo-data/billing-postgres';
import { isAbsolute, relative } from 'node:path';
import { STOREFRONT_DEMO_IDENTITIES as people } from '../infra/local/demo-data/storefront';
import { portFromEnv } from '../infra/local/gateway/ports';
import { LOCAL_STAGE, startLocalStack, type LocalStack } from '../infra/local/gateway/start-local';
import { freePort } from '../infra/local/net/free-port';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const log = (line: string) => console.log(`[start] ${line}`);

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
      `  GraphQL         ${stack.endpoints.graphqlUrl}  (plain: ${stack.endpoints.httpGraphqlUrl}; ${stack.resolverCount} resolvers)`,
      `  real-time       ${stack.endpoints.realtimeUrl}  (plain: ${stack.endpoints.httpRealtimeUrl})`,
      `  API key         ${stack.endpoints.apiKey}`,
      `  pages           ${stack.endpoints.httpGraphqlUrl.replace(/\/graphql$/, '')}/tracking  (live delivery map), /explorer  (GraphQL explorer); also on the TLS port`,
      `  CA certificate  ${show(stack.endpoints.caCertPath)}  (trust it, or use the plain port)`,
      `  auth            ${stack.endpoints.auth.default} + ${stack.endpoints.auth.additional.join(', ')}; tokens: npm run local:token -- --sub <sub> --groups <G>`,
      `  outputs         amplify_outputs.json, ${show(stack.configPath)}`,
      `  tables (stage ${LOCAL_STAGE}):`,
      ...stack.tables.map((t) => `    ${t.name.padEnd(width)}  ${String(t.items).padStart(5)} items`),
      '  demo people (storefront, by phone / Cognito sub):',
      ...Object.entries(people).map(([role, p]) => `    ${role.padEnd(10)}  ${p.phone}  ${p.sub}`),
      '  demo people (reporting): John Doe, john.doe@acme.com, user_67890 of org_12345',
      `  demo billing: project key ${demoProjectKey(BILLING_DEMO_ORGANISATIONS[0].projects[0])} (Authorization header of recordUsageEvents);`,
      `    operators ${BILLING_DEMO_OPERATORS.map((o) => o.email).join(', ')}:`,
      '    npm run local:token -- --sub op-1 --groups admin --claim email=admin@billing.example',
      '',
      'Press Ctrl-C to stop (data is kept).',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const port = portFromEnv('DYNAMODB_PORT', 8000) || (await freePort()); // 0: any free port
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
    ports: { dynamodb: port, https: portFromEnv('GATEWAY_HTTPS_PORT', 4000), http: portFromEnv('GATEWAY_HTTP_PORT', 4001) },
    ...(process.env.AMPLIFY_OUTPUTS ? { amplifyOutputsPath: process.env.AMPLIFY_OUTPUTS } : {}),
    log,
  });
  if (state.signal) return shutdown();
  printSummary(state.stack);
}

main().catch((error: unknown) => {
  console.error(`[start] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
