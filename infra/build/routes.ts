/**
 * Routing by file name, the AWS samples convention (DESIGN.md):
 *
 * - `Type.field.[dataSource].ts` (or `.js`): a unit resolver of `Type.field` on `dataSource`;
 * - `Type.field.[dataSource].req.vtl` + `Type.field.[dataSource].res.vtl`: a unit resolver in VTL (the Amplify and
 *   AppSync samples' template names), so an API can mix VTL and APPSYNC_JS resolvers as AppSync allows;
 * - `Type.field.[dataSource].direct.json`: a direct Lambda resolver (no code, no templates: AppSync sends the whole
 *   context to the function); the JSON holds the resolver's settings, `{}` or `{ "maxBatchSize": 10 }`;
 * - a folder `Type.field/`: a pipeline resolver whose functions are `N.[dataSource].ts` (or `.js`), run in numeric
 *   order of N, with an optional `index.ts` holding the pipeline's own request/response.
 *
 * `lib/` (shared helpers, bundled into the files that import them), `*.d.ts` and dot-files are not routes. Any other
 * `.ts`/`.js` file or folder is a problem, so a misspelt name cannot silently drop a resolver.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath, type BuildProblem } from './errors';

/** GraphQL names, and AppSync's rule for data source names: `[_A-Za-z][_0-9A-Za-z]*`. */
const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const UNIT_FILE = new RegExp(`^(${NAME})\\.(${NAME})\\.\\[(${NAME})\\]\\.(?:ts|js)$`);
const PIPELINE_FOLDER = new RegExp(`^(${NAME})\\.(${NAME})$`);
const FUNCTION_FILE = new RegExp(`^(\\d+)\\.\\[(${NAME})\\]\\.(?:ts|js)$`);
const INDEX_FILE = /^index\.(?:ts|js)$/;
const VTL_FILE = new RegExp(`^(${NAME})\\.(${NAME})\\.\\[(${NAME})\\]\\.(req|res)\\.vtl$`);
const DIRECT_FILE = new RegExp(`^(${NAME})\\.(${NAME})\\.\\[(${NAME})\\]\\.direct\\.json$`);

export interface FunctionRoute {
  order: number;
  /** AppSync function name, unique in the API: `Mutation_placeOrder_1_products`. */
  name: string;
  dataSource: string;
  file: string;
}

/** How a unit resolver is written: APPSYNC_JS code, a pair of VTL templates, or nothing (direct Lambda). */
export type UnitSource =
  | { runtime: 'APPSYNC_JS' }
  | { runtime: 'VTL'; responseFile: string }
  | { runtime: 'DIRECT_LAMBDA' };

export type Route =
  | ({ kind: 'UNIT'; typeName: string; fieldName: string; dataSource: string; file: string } & UnitSource)
  | {
      kind: 'PIPELINE';
      typeName: string;
      fieldName: string;
      folder: string;
      index: string | null;
      functions: FunctionRoute[];
    };

/** Where a route is defined: its file, or its folder for a pipeline. */
export function routeFile(route: Route): string {
  return route.kind === 'UNIT' ? route.file : (route.index ?? route.folder);
}

/** Directory entries in code-point order, so problems and routes come out the same on every machine. */
function sortedEntries(dir: string) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function isIgnored(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.d.ts');
}

function isCode(name: string): boolean {
  return name.endsWith('.ts') || name.endsWith('.js') || name.endsWith('.vtl');
}

/**
 * The unit route a file starts, if any. A `.res.vtl` only completes its `.req.vtl` (read from the directory), so it
 * starts nothing; a `.req.vtl` without its `.res.vtl` is a problem, as AppSync needs both templates.
 */
function unitRoute(root: string, name: string, problems: BuildProblem[]): Route | null {
  const file = path.join(root, name);
  const js = UNIT_FILE.exec(name);
  if (js) return { kind: 'UNIT', runtime: 'APPSYNC_JS', typeName: js[1], fieldName: js[2], dataSource: js[3], file };
  const direct = DIRECT_FILE.exec(name);
  if (direct) return { kind: 'UNIT', runtime: 'DIRECT_LAMBDA', typeName: direct[1], fieldName: direct[2], dataSource: direct[3], file };
  const vtl = VTL_FILE.exec(name);
  if (!vtl) return null;
  const [, typeName, fieldName, dataSource, part] = vtl;
  const pair = (which: string) => path.join(root, `${typeName}.${fieldName}.[${dataSource}].${which}.vtl`);
  if (part === 'res') {
    if (!existsSync(pair('req'))) problems.push({ file: displayPath(file), message: `No request template ${displayPath(pair('req'))} for this response template.` });
    return null;
  }
  if (!existsSync(pair('res'))) {
    problems.push({ file: displayPath(file), message: `No response template ${displayPath(pair('res'))}: a VTL unit resolver needs both.` });
    return null;
  }
  return { kind: 'UNIT', runtime: 'VTL', typeName, fieldName, dataSource, file, responseFile: pair('res') };
}

function pipelineRoute(typeName: string, fieldName: string, folder: string, problems: BuildProblem[]): Route | null {
  let index: string | null = null;
  const functions: FunctionRoute[] = [];
  const entries = sortedEntries(folder);
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (isIgnored(entry.name)) continue;
    const fn = entry.isFile() ? FUNCTION_FILE.exec(entry.name) : null;
    if (entry.isFile() && INDEX_FILE.test(entry.name)) {
      if (index) problems.push({ file: displayPath(file), message: `The pipeline already has ${displayPath(index)}.` });
      index = file;
    } else if (fn) {
      const order = Number(fn[1]);
      const clash = functions.find((f) => f.order === order);
      if (clash) problems.push({ file: displayPath(file), message: `Function number ${order} is also ${displayPath(clash.file)}.` });
      functions.push({ order, name: `${typeName}_${fieldName}_${order}_${fn[2]}`, dataSource: fn[2], file });
    } else if (entry.isDirectory() || isCode(entry.name)) {
      problems.push({
        file: displayPath(file),
        message: 'Not a pipeline file: expected N.[dataSource].ts (or .js), or index.ts.',
      });
    }
  }
  if (functions.length === 0) {
    problems.push({
      file: displayPath(folder),
      message: 'A pipeline needs at least one function file N.[dataSource].ts; use Type.field.[dataSource].ts for a unit resolver.',
    });
    return null;
  }
  functions.sort((a, b) => a.order - b.order);
  return { kind: 'PIPELINE', typeName, fieldName, folder, index, functions };
}

/** Reads the routes of a resolvers directory. Problems are returned, not thrown, so the build can report them all. */
export function parseRoutes(resolversDir: string): { routes: Route[]; problems: BuildProblem[] } {
  const root = path.resolve(resolversDir);
  const routes: Route[] = [];
  const problems: BuildProblem[] = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { routes, problems: [{ file: displayPath(root), message: 'No such resolvers directory.' }] };
  }
  const entries = sortedEntries(root);
  for (const entry of entries) {
    const file = path.join(root, entry.name);
    if (isIgnored(entry.name) || (entry.isDirectory() && entry.name === 'lib')) continue;
    let route: Route | null = null;
    const pipeline = entry.isDirectory() ? PIPELINE_FOLDER.exec(entry.name) : null;
    const routed = entry.isFile() && [UNIT_FILE, VTL_FILE, DIRECT_FILE].some((pattern) => pattern.test(entry.name));
    if (routed) {
      route = unitRoute(root, entry.name, problems);
    } else if (pipeline) {
      route = pipelineRoute(pipeline[1], pipeline[2], file, problems);
    } else if (entry.isDirectory() || isCode(entry.name) || entry.name.endsWith('.json')) {
      problems.push({
        file: displayPath(file),
        message:
          'Not a resolver name: expected Type.field.[dataSource].ts (or .js, .req.vtl + .res.vtl, .direct.json), a pipeline folder Type.field/, or lib/.',
      });
    }
    if (!route) continue;
    const taken = routes.find((r) => r.typeName === route.typeName && r.fieldName === route.fieldName);
    if (taken) {
      problems.push({
        file: displayPath(file),
        message: `${route.typeName}.${route.fieldName} already has a resolver: ${displayPath(routeFile(taken))}.`,
      });
      continue;
    }
    routes.push(route);
  }
  return { routes, problems };
}
