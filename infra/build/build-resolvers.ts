/**
 * The resolver build: schema + resolver files -> checked APPSYNC_JS bundles (BuildResult), read by both targets.
 * Every problem is collected (schema, names, checks, bundling, sizes) before one BuildError lists them all.
 */
import { dataSources } from '../model';
import { bundleFile, PASS_THROUGH_PIPELINE_CODE } from './bundle';
import { checkCodeSize, checkDataSources, checkEveryRootFieldResolved, checkRoutesAgainstSchema } from './check';
import { BuildError, displayPath, type BuildProblem } from './errors';
import { parseRoutes, type Route } from './routes';
import { loadSchema, type LoadedSchema } from './schema';
import type { BuildResult, BuiltResolver } from './types';

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

function routeFiles(route: Route): string[] {
  if (route.kind === 'UNIT') return [route.file];
  return [...(route.index ? [route.index] : []), ...route.functions.map((f) => f.file)];
}

function toBuilt(route: Route, code: Map<string, string>): BuiltResolver {
  const { typeName, fieldName } = route;
  if (route.kind === 'UNIT') {
    const sourceFile = displayPath(route.file);
    return { kind: 'UNIT', typeName, fieldName, dataSource: route.dataSource, code: code.get(route.file)!, sourceFile };
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
  const code = await bundleAll(routes.flatMap(routeFiles), problems);
  if (problems.length > 0 || !loaded) throw new BuildError(problems);
  return {
    deployedSchema: loaded.deployedSdl,
    resolvers: routes.map((route) => toBuilt(route, code)),
  };
}
