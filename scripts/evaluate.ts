/**
 * Local EvaluateCode: `npm run evaluate -- --code F --context F --function request|response`.
 * Prints the API's response JSON ({evaluationResult, error, logs, stash, outErrors}); input the API
 * would reject prints `{errorType, message}` on stderr and exits 1. A `.ts` code file is bundled
 * first, as the build deploys it (AppSync itself only takes the bundled JavaScript).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateCode, EvaluateCodeBadRequest } from '../infra/local/runtime/evaluate-code';
import { bundleFile } from '../infra/build/index';
import { formatProblem } from '../infra/build/errors';

const USAGE = 'usage: npm run evaluate -- --code <file.js|file.ts> --context <file.json> --function request|response';

class BundleFailed extends Error {
  readonly errorType = 'BundleError';
}

async function readCode(file: string): Promise<string> {
  if (!/\.[cm]?ts$/.test(file)) return readFileSync(file, 'utf8');
  const bundled = await bundleFile(file);
  if ('problems' in bundled) throw new BundleFailed(bundled.problems.map(formatProblem).join('\n'));
  // The inline source map is for local tooling; AppSync receives (and counts) the code alone.
  return bundled.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

async function main(): Promise<number> {
  let values: { code?: string; context?: string; function?: string };
  try {
    ({ values } = parseArgs({
      options: { code: { type: 'string' }, context: { type: 'string' }, function: { type: 'string' } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!values.code || !values.context || !values.function) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const response = evaluateCode({
      code: await readCode(values.code),
      context: readFileSync(values.context, 'utf8'),
      function: values.function as 'request' | 'response',
    });
    process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
    return 0;
  } catch (error) {
    const errorType =
      error instanceof EvaluateCodeBadRequest || error instanceof BundleFailed ? error.errorType : 'InvalidInput';
    process.stderr.write(`${JSON.stringify({ errorType, message: (error as Error).message })}\n`);
    return 1;
  }
}

process.exitCode = await main();
