/**
 * Lambda code bundled by the local esbuild at synth time, never Docker: `npm run synth` works offline.
 *
 * The handler file is bundled into one ESM `index.mjs` (Node 24 runtime, code for Node 22 and up, AWS SDK v3 left to the runtime) in a directory
 * named after the content's hash, which becomes the asset; the same source always gives the same asset hash.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';

/** Bundles `entry` (a TypeScript handler exporting `handler`) and returns it as a Lambda asset. */
export function bundledHandler(entry: string): lambda.Code {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    write: false,
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    external: ['@aws-sdk/*'],
    // ESM bundles of CommonJS dependencies need a `require`.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = path.join(tmpdir(), 'gateway-lambda-assets', `${path.basename(entry, path.extname(entry))}-${hash}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.mjs'), code);
  return lambda.Code.fromAsset(dir);
}

/** The runtime every handler uses. */
export const HANDLER_RUNTIME = lambda.Runtime.NODEJS_24_X;
