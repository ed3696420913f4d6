/**
 * `npm run synth` (`tsx infra/aws/app.ts`): builds the resolvers from schema/ and resolvers/, then synthesizes one
 * stack per deployment into cdk.out/ — offline (no lookups, no Docker: Lambdas are bundled by the local esbuild).
 * Also usable as the CDK CLI's app: `cdk deploy --app "npx tsx infra/aws/app.ts"`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildResolvers } from '../build';
import { BuildError, formatProblem } from '../build/errors';
import { deploymentsFrom } from './config';
import { createGatewayApp } from './gateway-app';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const build = await buildResolvers({
    schemaDir: path.join(rootDir, 'schema'),
    resolversDir: path.join(rootDir, 'resolvers'),
  });
  const context = process.env.CDK_CONTEXT_JSON ? (JSON.parse(process.env.CDK_CONTEXT_JSON) as Record<string, unknown>) : {};
  const deployments = deploymentsFrom((envName, key) => {
    const value = process.env[envName] ?? context[key];
    return typeof value === 'string' ? value : undefined;
  });
  // The CDK CLI passes its output directory in CDK_OUTDIR; run directly, write cdk.out/ at the repo root.
  const outdir = process.env.CDK_OUTDIR ?? path.join(rootDir, 'cdk.out');
  const { app, stacks } = createGatewayApp({ deployments, build, rootDir, outdir });
  const assembly = app.synth();
  for (const stack of stacks) {
    // Run without the CDK CLI, nobody else would show cdk-nag's errors: print them and fail.
    const errors = assembly.getStackArtifact(stack.artifactId).messages.filter((m) => m.level === 'error');
    for (const error of errors) console.error(`${error.id}: ${String(error.entry.data)}`);
    if (errors.length > 0) process.exitCode = 1;
    console.log(`synthesized ${stack.stackName} (${stack.region}): ${errors.length} error(s) -> ${assembly.directory}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof BuildError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
  } else {
    // Configuration mistakes (a bad stage or region) read better without a stack trace.
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  }
  process.exitCode = 1;
});
