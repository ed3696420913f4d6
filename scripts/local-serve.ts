/**
 * `npm run local:serve -- --schema F --resolvers DIR --config F [--dynamodb-endpoint URL]`: serves any AppSync JS API
 * (resolvers `.ts` or `.js` in the AWS samples naming convention, bundled on the fly) on the local endpoints.
 * Missing DynamoDB tables are created. Without --dynamodb-endpoint (or DYNAMODB_ENDPOINT), DynamoDB Local is started
 * in memory for the session.
 *
 * Env: GATEWAY_HTTPS_PORT (4000), GATEWAY_HTTP_PORT (4001), GATEWAY_DIR (.gateway), AWS_REGION (eu-west-2).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localAuth } from '../infra/local/auth';
import { BuildError, formatProblem } from '../infra/build';
import { parseServeConfig } from '../infra/local/gateway/config';
import { createConfiguredDataSources } from '../infra/local/gateway/data-sources';
import { createLocalAppSync } from '../infra/local/gateway/local-appsync';
import { serveApi } from '../infra/local/gateway/serve';
import { localDynamoClient, localDynamoWire, startDynamoDbLocal } from '../infra/local/dynamodb/dynamodb-local';
import { portFromEnv } from '../infra/local/gateway/ports';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const USAGE = 'usage: npm run local:serve -- --schema <schema.graphql|dir> --resolvers <dir> --config <config.json> [--dynamodb-endpoint URL]';
const log = (line: string) => console.log(`[local:serve] ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { schema: { type: 'string' }, resolvers: { type: 'string' }, config: { type: 'string' }, 'dynamodb-endpoint': { type: 'string' } },
  });
  if (!values.schema || !values.resolvers || !values.config) throw new Error(USAGE);
  const configPath = resolve(values.config);
  const config = parseServeConfig(JSON.parse(readFileSync(configPath, 'utf8')), values.config);
  const region = process.env.AWS_REGION ?? 'eu-west-2';
  const gatewayDir = resolve(process.env.GATEWAY_DIR ?? '.gateway');

  let endpoint = values['dynamodb-endpoint'] ?? process.env.DYNAMODB_ENDPOINT;
  let stopDynamo = async () => {};
  if (!endpoint) {
    log('starting DynamoDB Local (in memory)');
    const ddb = await startDynamoDbLocal();
    endpoint = ddb.endpoint;
    stopDynamo = ddb.stop;
  }
  const client = localDynamoClient(endpoint, region);
  const wire = localDynamoWire(endpoint, region);
  log('creating data sources (missing tables are created)');
  const dataSources = await createConfiguredDataSources(config.dataSources, { client, wire, baseDir: dirname(configPath), log });
  const auth = await localAuth(gatewayDir, { ...config.auth, region });
  log('bundling resolvers');
  const api = await createLocalAppSync({ schemaPath: values.schema, resolversDir: values.resolvers, dataSources, auth, log });
  const served = await serveApi({
    api,
    auth,
    gatewayDir,
    ports: { https: portFromEnv('GATEWAY_HTTPS_PORT', 4000), http: portFromEnv('GATEWAY_HTTP_PORT', 4001) },
    dynamodbEndpoint: endpoint,
    region,
  });
  const e = served.endpoints;
  console.log(
    [
      '',
      `Serving ${api.build.resolvers.length} resolvers`,
      `  GraphQL    ${e.graphqlUrl}   (plain: ${e.httpGraphqlUrl})`,
      `  Real-time  ${e.realtimeUrl}   (plain: ${e.httpRealtimeUrl})`,
      `  API key    ${e.apiKey}`,
      `  CA         ${e.caCertPath}`,
      `  auth       ${e.auth.default}${e.auth.additional.length ? ` + ${e.auth.additional.join(', ')}` : ''}`,
      '',
    ].join('\n'),
  );
  const stop = async () => {
    log('stopping');
    await served.close();
    client.destroy();
    wire.destroy();
    await stopDynamo();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof BuildError) console.error(error.problems.map(formatProblem).join('\n'));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
