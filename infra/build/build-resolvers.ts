/**
 * The resolver build: schema + resolver files -> checked APPSYNC_JS bundles (BuildResult), read by both targets.
 * Every problem is collected (schema, names, checks, bundling, sizes) before one BuildError lists them all.
 */
import { readFileSync } from 'node:fs';
import { dataSources } from '../model';
import { bundleFile, PASS_THROUGH_PIPELINE_CODE } from './bundle';
import { checkCodeSize, checkDataSources, checkEveryRootFieldResolved, checkRoutesAgainstSchema } from './check';
import { BuildError, displayPath, type BuildProblem } from './errors';
import { parseRoutes, type Route } from './routes';
import { loadSchema, type LoadedSchema } from './schema';
import type { BuildResult, BuiltResolver, UnitCode } from './types';
import { checkVtlSyntax } from './vtl-syntax';

export interface BuildOptions {
  /** A schema directory (domain files, optional `appsync.graphql`) or a single SDL file. */
  schemaDir: string;
  /** The resolvers directory, in the AWS samples naming convention. */
  resolversDir: string;
  /** Data source names resolver files may route to. Defaults to the data sources of infra/model. */
  dataSourceNames?: readonly string[];
}

function tryLoadSchema(schemaDir: string, problems: BuildProblem[]): LoadedSchema | null {
  try {
    return loadSchema(schemaDir);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    problems.push(...error.problems);
    return null;
  }
}

/** Bundles every file once, in parallel; returns code by file, adding bundling and size problems. */
async function bundleAll(files: readonly string[], problems: BuildProblem[]): Promise<Map<string, string>> {
  const results = await Promise.all(files.map(async (file) => ({ file, result: await bundleFile(file) })));
  const code = new Map<string, string>();
  for (const { file, result } of results) {
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const tooBig = checkCodeSize(result.code, file);
    if (tooBig) problems.push(tooBig);
    code.set(file, result.code);
  }
  return code;
}

/** The files esbuild bundles: every APPSYNC_JS file (VTL templates and direct Lambda settings are read as they are). */
function codeFiles(route: Route): string[] {
  if (route.kind === 'UNIT') return route.runtime === 'APPSYNC_JS' ? [route.file] : [];
  return [...(route.index ? [route.index] : []), ...route.functions.map((f) => f.file)];
}

/** AppSync's bounds for a resolver's maxBatchSize. */
const MAX_BATCH_SIZE = 2000;

/** Reads a VTL or direct Lambda unit resolver's files; problems are added, not thrown. */
function readUnitCode(route: Extract<Route, { kind: 'UNIT' }>, code: Map<string, string>, problems: BuildProblem[]): UnitCode | null {
  if (route.runtime === 'APPSYNC_JS') return { runtime: 'APPSYNC_JS', code: code.get(route.file) ?? '' };
  if (route.runtime === 'VTL') {
    const requestTemplate = readFileSync(route.file, 'utf8');
    const responseTemplate = readFileSync(route.responseFile, 'utf8');
    const refused = [checkVtlSyntax(requestTemplate, displayPath(route.file)), checkVtlSyntax(responseTemplate, displayPath(route.responseFile))];
    problems.push(...refused.filter((p): p is BuildProblem => p !== null));
    return { runtime: 'VTL', requestTemplate, responseTemplate };
  }
  const file = displayPath(route.file);
  let settings: unknown;
  try {
    settings = JSON.parse(readFileSync(route.file, 'utf8') || '{}');
  } catch (error) {
    problems.push({ file, message: `Not JSON: ${(error as Error).message}` });
    return null;
  }
  const { maxBatchSize, ...unknown } = (settings ?? {}) as { maxBatchSize?: unknown };
  if (Object.keys(unknown).length > 0) problems.push({ file, message: `Unknown settings ${Object.keys(unknown).join(', ')}; a direct Lambda resolver takes only maxBatchSize.` });
  if (maxBatchSize === undefined) return { runtime: 'DIRECT_LAMBDA' };
  if (!Number.isInteger(maxBatchSize) || (maxBatchSize as number) < 1 || (maxBatchSize as number) > MAX_BATCH_SIZE) {
    problems.push({ file, message: `maxBatchSize must be an integer from 1 to ${MAX_BATCH_SIZE}.` });
    return null;
  }
  return { runtime: 'DIRECT_LAMBDA', maxBatchSize: maxBatchSize as number };
}

function toBuilt(route: Route, code: Map<string, string>, unitCode: Map<Route, UnitCode>): BuiltResolver {
  const { typeName, fieldName } = route;
  if (route.kind === 'UNIT') {
    const sourceFile = displayPath(route.file);
    return { kind: 'UNIT', typeName, fieldName, dataSource: route.dataSource, sourceFile, ...unitCode.get(route)! };
  }
  return {
    kind: 'PIPELINE',
    typeName,
    fieldName,
    code: route.index ? code.get(route.index)! : PASS_THROUGH_PIPELINE_CODE,
    sourceFile: route.index ? displayPath(route.index) : null,
    functions: route.functions.map((f) => ({
      name: f.name,
      dataSource: f.dataSource,
      code: code.get(f.file)!,
      sourceFile: displayPath(f.file),
    })),
  };
}

/** Builds and checks every resolver; throws a BuildError naming each problem's file. */
export async function buildResolvers(options: BuildOptions): Promise<BuildResult> {
  const names = options.dataSourceNames ?? dataSources.map((d) => d.name);
  const problems: BuildProblem[] = [];
  const loaded = tryLoadSchema(options.schemaDir, problems);
  const { routes, problems: routeProblems } = parseRoutes(options.resolversDir);
  problems.push(...routeProblems);
  if (loaded) {
    problems.push(...checkRoutesAgainstSchema(loaded.schema, routes));
    problems.push(...checkEveryRootFieldResolved(loaded.schema, routes, options.resolversDir));
  }
  problems.push(...checkDataSources(routes, names));
  const code = await bundleAll(routes.flatMap(codeFiles), problems);
  const unitCode = new Map<Route, UnitCode>();
  for (const route of routes) {
    const read = route.kind === 'UNIT' ? readUnitCode(route, code, problems) : null;
    if (read) unitCode.set(route, read);
  }
  if (problems.length > 0 || !loaded) throw new BuildError(problems);
  return {
    deployedSchema: loaded.deployedSdl,
    resolvers: routes.map((route) => toBuilt(route, code, unitCode)),
  };
}
