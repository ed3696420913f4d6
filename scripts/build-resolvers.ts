/**
 * `npm run build`: builds and checks every resolver and writes the bundles and the deployed SDL under
 * `.gateway/build/` (layout in infra/build/write-build.ts). Prints a summary with sizes; on failure prints every
 * problem with its file and exits 1.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError, buildResolvers, formatProblem, writeBuild } from '../infra/build';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, '.gateway', 'build');

try {
  const result = await buildResolvers({ schemaDir: path.join(root, 'schema'), resolversDir: path.join(root, 'resolvers') });
  for (const line of writeBuild(result, out)) console.log(`  ${line}`);
  console.log(`Built ${result.resolvers.length} resolvers into ${path.relative(process.cwd(), out) || '.'}/`);
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`Build failed (${error.problems.length}):`);
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
