/**
 * `npm run bench`: the benchmarks of test/bench/, each a ratio against a peer measured in the same run, written to
 * test/bench/results.json and test/bench/RESULTS.md. The peers (the Amplify AppSync simulator, on graphql 15) live in
 * test/bench/peers/ and are installed there on first use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDynamoDbLocal, localDynamoClient } from '../infra/local/dynamodb/dynamodb-local';
import { evaluatorBench } from '../test/bench/evaluator.bench';
import { fanoutBench } from '../test/bench/fanout.bench';
import { httpGetItemBench } from '../test/bench/http-getitem.bench';
import { writeResults, type BenchResult } from '../test/bench/results';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const benchDir = fileURLToPath(new URL('../test/bench', import.meta.url));
const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  if (!existsSync(`${benchDir}/peers/node_modules`)) {
    log('installing the benchmark peers (test/bench/peers)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', `${benchDir}/peers`], { stdio: 'inherit' });
  }
  log('starting DynamoDB Local (in memory)');
  const ddb = await startDynamoDbLocal();
  const client = localDynamoClient(ddb.endpoint);
  const results: BenchResult[] = [];
  try {
    const only = process.env.BENCH_ONLY; // evaluator | http | fanout: one benchmark while working on it
    if (!only || only === 'evaluator') results.push(...(await evaluatorBench(log)));
    if (!only || only === 'http') results.push(...(await httpGetItemBench(client, ddb.endpoint, log)));
    if (!only || only === 'fanout') results.push(...(await fanoutBench(client, ddb.endpoint, log)));
  } finally {
    client.destroy();
    await ddb.stop();
  }
  writeResults(benchDir, results, [
    'Each peer runs on this machine in the same run: the VTL evaluator and the simulator in their own processes (graphql 15), our gateway in its own process, the load generator in the bench process.',
    'HTTP: closed loop, 16 concurrent keep-alive clients, 3000 requests after 300 warm-up, every response body checked.',
    'Fan-out: raw AppSync real-time protocol over loopback; 20 warm-up mutations before anyone subscribes (resolver compile, the SDK client\'s first call), then latency from the measured mutation\'s send to each data frame, in the client process.',
    'On 2 cores, DynamoDB Local (Java) takes most of the CPU a GetItem costs: through the gateway three processes share the cores (load generator, gateway, DynamoDB Local), against two for the direct SDK calls.',
  ]);
  for (const r of results) log(`${r.met ? 'met ' : 'MISS'}  ${r.name}: ${r.value} ${r.unit}${r.ratio !== null ? ` (ratio ${r.ratio} vs ${r.baseline})` : ''}`);
  log('wrote test/bench/results.json and test/bench/RESULTS.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
