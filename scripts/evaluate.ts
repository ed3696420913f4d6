/**
 * Local EvaluateCode: `npm run evaluate -- --code F --context F --function request|response`.
 * Prints the API's response JSON ({evaluationResult, error, logs, stash, outErrors}); input the API
 * would reject prints `{errorType, message}` on stderr and exits 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateCode, EvaluateCodeBadRequest } from '../infra/local/runtime/evaluate-code';

const USAGE = 'usage: npm run evaluate -- --code <file> --context <file> --function request|response';

function main(): number {
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
      code: readFileSync(values.code, 'utf8'),
      context: readFileSync(values.context, 'utf8'),
      function: values.function as 'request' | 'response',
    });
    process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
    return 0;
  } catch (error) {
    const errorType = error instanceof EvaluateCodeBadRequest ? error.errorType : 'InvalidInput';
    process.stderr.write(`${JSON.stringify({ errorType, message: (error as Error).message })}\n`);
    return 1;
  }
}

process.exitCode = main();
