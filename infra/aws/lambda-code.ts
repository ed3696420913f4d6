/**
 * Lambda code bundled by the local esbuild at synth time, never Docker: `npm run synth` works offline.
 *
 * The handler file is bundled into one ESM `index.mjs` (Node 24 runtime, code for Node 22 and up, AWS SDK v3 left to the runtime) in a directory
 * named after the content's hash, which becomes the asset; the same source always gives the same asset hash.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';

/**
 * Bundles `entry` (a TypeScript handler exporting `handler`) and returns it as a Lambda asset; `files` are copied
 * next to `index.mjs` (name in the asset -> source directory), e.g. the SQL migrations the handler reads.
 */
export function bundledHandler(entry: string, files: Record<string, string> = {}): lambda.Code {
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
  const digest = createHash('sha256').update(code);
  const copies = Object.entries(files).map(([name, from]) => {
    const entries = readdirSync(from).sort().map((file) => ({ file, bytes: readFileSync(path.join(from, file)) }));
    for (const e of entries) digest.update(`${name}/${e.file}`).update(e.bytes);
    return { name, entries };
  });
  const hash = digest.digest('hex').slice(0, 16);
  const dir = path.join(tmpdir(), 'gateway-lambda-assets', `${path.basename(entry, path.extname(entry))}-${hash}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.mjs'), code);
  for (const copy of copies) {
    mkdirSync(path.join(dir, copy.name), { recursive: true });
    for (const e of copy.entries) writeFileSync(path.join(dir, copy.name, e.file), e.bytes);
  }
  return lambda.Code.fromAsset(dir);
}

/** The runtime every handler uses. */
export const HANDLER_RUNTIME = lambda.Runtime.NODEJS_24_X;
