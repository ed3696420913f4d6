export { buildResolvers, type BuildOptions } from './build-resolvers';
export { loadSchema, type LoadedSchema, type SchemaSource } from './schema';
export { parseRoutes, type Route, type FunctionRoute } from './routes';
export { bundleFile, PASS_THROUGH_PIPELINE_CODE } from './bundle';
export { APPSYNC_CODE_LIMIT } from './check';
export { writeBuild } from './write-build';
export { BuildError, formatProblem, type BuildProblem } from './errors';
export type { BuildResult, BuiltResolver, BuiltFunction } from './types';
export { tableGrants, tablesNamedIn, tablesOfDataSource } from './table-grants';
