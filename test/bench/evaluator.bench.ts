/**
 * Issue 3: warm cost of request+response for a GetItem resolver, our APPSYNC_JS evaluator against the Amplify
 * simulator's VTL evaluation of the equivalent templates, measured in the same run on the same machine.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleFile } from '../../infra/build';
import { loadResolver } from '../../infra/local/runtime/evaluator';
import { createRequestContext } from '../../infra/local/runtime/context';
import type { BenchResult } from './results';
import { percentile, round } from './stats';

const RESOLVER = fileURLToPath(new URL('../fixtures/demo-api/resolvers/Query.getNote.[notes].ts', import.meta.url));
const PEER = fileURLToPath(new URL('./peers/vtl-eval.cjs', import.meta.url));
const ITERATIONS = 20_000;
const WARMUP = 2_000;

export async function evaluatorBench(log: (line: string) => void): Promise<BenchResult[]> {
  const bundled = await bundleFile(RESOLVER);
  if (!('code' in bundled)) throw new Error('the GetItem resolver did not bundle');
  const resolver = loadResolver(bundled.code);
  const base = createRequestContext({ arguments: { id: 'n1' } });
  const item = { id: 'n1', owner: 'alice', text: 'hello', status: 'OPEN', createdAt: '2025-06-10T10:00:00.000Z' };
  const once = () => {
    const request = resolver.request({ ...base });
    if ((request.value as { operation?: string })?.operation !== 'GetItem') throw new Error('request did not build a GetItem');
    const response = resolver.response({ ...base, result: item });
    if ((response.value as { id?: string })?.id !== 'n1') throw new Error('response did not return the item');
  };
  log(`evaluator: APPSYNC_JS warm-up ${WARMUP}, then ${ITERATIONS} request+response evaluations`);
  for (let i = 0; i < WARMUP; i += 1) once();
  const ours: number[] = new Array(ITERATIONS);
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = process.hrtime.bigint();
    once();
    ours[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  log(`evaluator: VTL peer (Amplify simulator) in its own process, ${ITERATIONS} evaluations`);
  const peerOut = execFileSync(process.execPath, [PEER, String(ITERATIONS), String(WARMUP)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const vtl = (JSON.parse(peerOut) as { samplesUs: number[] }).samplesUs;

  const oursMedian = percentile(ours, 50);
  const vtlMedian = percentile(vtl, 50);
  const ratio = round(vtlMedian / oursMedian, 1);
  log(`evaluator: ours median ${round(oursMedian, 3)} µs p99 ${round(percentile(ours, 99), 3)} µs; VTL median ${round(vtlMedian, 1)} µs`);
  return [
    {
      name: 'evaluator GetItem request+response, median',
      value: round(oursMedian, 3),
      unit: 'µs',
      baseline: 'Amplify simulator VTL, median',
      baselineValue: round(vtlMedian, 2),
      ratio,
      target: '≤ 25 µs and ≥ 10× faster than VTL',
      met: oursMedian <= 25 && ratio >= 10,
    },
    {
      name: 'evaluator GetItem request+response, p99',
      value: round(percentile(ours, 99), 3),
      unit: 'µs',
      baseline: 'Amplify simulator VTL, p99',
      baselineValue: round(percentile(vtl, 99), 2),
      ratio: round(percentile(vtl, 99) / percentile(ours, 99), 1),
      target: 'reported (median is the target)',
      met: true,
    },
  ];
}
