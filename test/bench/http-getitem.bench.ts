/**
 * Issue 4 (a): throughput and latency of a GetItem query through our gateway, against the Amplify simulator serving
 * the equivalent VTL resolver on the same DynamoDB Local, and against calling DynamoDB Local directly with the SDK.
 * Every response body is checked: a 200 is not a success.
 */
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { fileURLToPath } from 'node:url';
import { localDynamoWire } from '../../infra/local/dynamodb/dynamodb-local';
import { poster } from './http-client';
import { closedLoop } from './load';
import type { BenchResult } from './results';
import { ensureBenchTable, forkServer, spawnReady } from './servers/spawn';
import { percentile, round } from './stats';

const TOTAL = 3000;
const WARMUP = 300;
const CONCURRENCY = 16;
/**
 * GetItem calls that warm DynamoDB Local's JVM before anyone is measured. Started cold, it spends about 2.3 ms of
 * CPU per GetItem over the first 3,000 calls, 0.9 ms over the next 6,000 and about 0.5 ms from 12,000 on (measured
 * on the bench machine): without this the first peer measured (ours) paid for the JIT warm-up of the shared server.
 * They go through the wire client, which no peer measured here uses, so the bench process's SDK path (the direct
 * peer) is not warmed beyond its own WARMUP calls either.
 */
const DYNAMODB_WARMUP = 12_000;
const ITEM = { id: 'n1', owner: 'alice', text: 'hello', status: 'OPEN', createdAt: '2025-06-10T10:00:00.000Z' };
const QUERY = JSON.stringify({ query: 'query ($id: ID!) { getNote(id: $id) { id owner text status createdAt } }', variables: { id: 'n1' } });

async function graphqlLoad(url: string, apiKey: string, total: number) {
  const post = poster(url, { 'x-api-key': apiKey }, CONCURRENCY);
  const send = async () => {
    const res = await post(QUERY);
    const body = JSON.parse(res.text) as { data?: { getNote?: typeof ITEM }; errors?: unknown };
    if (res.status !== 200 || body.errors || body.data?.getNote?.text !== ITEM.text) throw new Error(`bad answer from ${url}: ${res.text}`);
  };
  await closedLoop(WARMUP, CONCURRENCY, send);
  return closedLoop(total, CONCURRENCY, send);
}

export async function httpGetItemBench(client: DynamoDBClient, endpoint: string, log: (line: string) => void): Promise<BenchResult[]> {
  const table = await ensureBenchTable(client);
  await client.send(new PutItemCommand({ TableName: table, Item: { id: { S: ITEM.id }, owner: { S: ITEM.owner }, text: { S: ITEM.text }, status: { S: ITEM.status }, createdAt: { S: ITEM.createdAt } } }));
  log(`http: warming DynamoDB Local (${DYNAMODB_WARMUP} GetItem calls)`);
  const wire = localDynamoWire(endpoint);
  await closedLoop(DYNAMODB_WARMUP, CONCURRENCY, async () => {
    if (!(await wire.call('GetItem', { TableName: table, Key: { id: { S: ITEM.id } } })).Item) throw new Error('warm-up GetItem found no item');
  });
  wire.destroy();

  log('http: starting our gateway (own process)');
  const ours = await forkServer<{ ready: true; url: string; apiKey: string }>(fileURLToPath(new URL('./servers/gateway-server.ts', import.meta.url)), [endpoint, table]);
  log(`http: our gateway, ${TOTAL} GetItem queries at concurrency ${CONCURRENCY}`);
  const oursRun = await graphqlLoad(ours.info.url, ours.info.apiKey, TOTAL);
  ours.child.kill('SIGTERM');

  log('http: starting the Amplify simulator (own process, graphql 15)');
  const peersDir = fileURLToPath(new URL('./peers/', import.meta.url));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'eu-west-2' };
  const sim = await spawnReady(`${peersDir}simulator-server.cjs`, [endpoint, table, String(port)], env, peersDir);
  log(`http: simulator, ${TOTAL} GetItem queries at concurrency ${CONCURRENCY}`);
  const simRun = await graphqlLoad(sim.words[0], sim.words[1], TOTAL);
  sim.child.kill('SIGTERM');

  log(`http: direct SDK GetItem, ${TOTAL} calls at concurrency ${CONCURRENCY}`);
  const direct = async () => {
    const out = await client.send(new GetItemCommand({ TableName: table, Key: { id: { S: 'n1' } } }));
    if (unmarshall(out.Item ?? {}).text !== ITEM.text) throw new Error('direct GetItem returned the wrong item');
  };
  await closedLoop(WARMUP, CONCURRENCY, direct);
  const directRun = await closedLoop(TOTAL, CONCURRENCY, direct);

  const rps = (run: { seconds: number }) => round(TOTAL / run.seconds, 0);
  const [o, s, d] = [rps(oursRun), rps(simRun), rps(directRun)];
  log(`http: ours ${o} req/s, simulator ${s} req/s, direct SDK ${d} req/s`);
  return [
    { name: 'HTTP GetItem throughput vs simulator', value: o, unit: 'req/s', baseline: 'Amplify simulator (VTL)', baselineValue: s, ratio: round(o / s, 2), target: '≥ 2× the simulator', met: o / s >= 2 },
    { name: 'HTTP GetItem throughput vs direct SDK', value: o, unit: 'req/s', baseline: 'DynamoDB Local via SDK', baselineValue: d, ratio: round(o / d, 2), target: '≥ 0.7× direct', met: o / d >= 0.7 },
    { name: 'HTTP GetItem latency p50', value: round(percentile(oursRun.latenciesMs, 50)), unit: 'ms', baseline: 'Amplify simulator p50', baselineValue: round(percentile(simRun.latenciesMs, 50)), ratio: round(percentile(simRun.latenciesMs, 50) / percentile(oursRun.latenciesMs, 50), 2), target: 'reported', met: true },
    { name: 'HTTP GetItem latency p99', value: round(percentile(oursRun.latenciesMs, 99)), unit: 'ms', baseline: 'Amplify simulator p99', baselineValue: round(percentile(simRun.latenciesMs, 99)), ratio: round(percentile(simRun.latenciesMs, 99) / percentile(oursRun.latenciesMs, 99), 2), target: 'reported', met: true },
  ];
}
