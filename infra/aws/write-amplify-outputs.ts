/**
 * Writes the clients' `amplify_outputs.json` (aws-amplify Gen 2 format, as `npm start` writes for the local twin)
 * for a deployed stack, from the outputs file of `cdk deploy --outputs-file cdk-outputs.json`.
 *
 *   npx tsx infra/aws/write-amplify-outputs.ts --outputs cdk-outputs.json --stack Gateway-dev-eu-west-2 \
 *     [--api-key da2-...] [--out amplify_outputs.json]
 *
 * The API key's value is not a stack output (only its id, ApiKeyId): pass it with --api-key or GATEWAY_API_KEY,
 * e.g. from `aws appsync list-api-keys --api-id <ApiId>`. Without it, `data.api_key` is left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { amplifyOutputsFrom, stackOutputs } from './amplify-outputs';

function main(): void {
  const { values } = parseArgs({
    options: {
      outputs: { type: 'string', default: 'cdk-outputs.json' },
      stack: { type: 'string' },
      'api-key': { type: 'string' },
      out: { type: 'string', default: 'amplify_outputs.json' },
    },
  });
  const outputs = stackOutputs(JSON.parse(readFileSync(values.outputs!, 'utf8')), values.stack);
  const document = amplifyOutputsFrom(outputs, values['api-key'] ?? process.env.GATEWAY_API_KEY);
  writeFileSync(values.out!, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`wrote ${values.out} for ${document.data.url}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
