/**
 * The results contract of `npm run bench` (DESIGN.md): test/bench/results.json is an array of
 * `{name, value, unit, baseline, baselineValue, ratio, target, met}`, and test/bench/RESULTS.md shows the same.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The peer measured in the same run, or null when the target is absolute. */
  baseline: string | null;
  baselineValue: number | null;
  /** How many times better than the peer (direction stated in the target). */
  ratio: number | null;
  target: string;
  met: boolean;
}

export function writeResults(dir: string, results: BenchResult[], notes: string[]): void {
  writeFileSync(`${dir}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  const rows = results.map(
    (r) => `| ${r.name} | ${r.value} ${r.unit} | ${r.baseline ?? '—'} | ${r.baselineValue ?? '—'} | ${r.ratio ?? '—'} | ${r.target} | ${r.met ? 'yes' : '**no**'} |`,
  );
  const md = [
    '# Benchmark results',
    '',
    `Command: \`npm run bench\`. Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}.`,
    '',
    '| benchmark | value | peer (same run) | peer value | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(`${dir}/RESULTS.md`, md);
}
