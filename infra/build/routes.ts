/**
 * Routing by file name, the AWS samples convention (DESIGN.md):
 *
 * - `Type.field.[dataSource].ts` (or `.js`): a unit resolver of `Type.field` on `dataSource`;
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

export interface FunctionRoute {
  order: number;
  /** AppSync function name, unique in the API: `Mutation_placeOrder_1_products`. */
  name: string;
  dataSource: string;
  file: string;
}

export type Route =
  | { kind: 'UNIT'; typeName: string; fieldName: string; dataSource: string; file: string }
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
  return name.endsWith('.ts') || name.endsWith('.js');
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
    const unit = entry.isFile() ? UNIT_FILE.exec(entry.name) : null;
    const pipeline = entry.isDirectory() ? PIPELINE_FOLDER.exec(entry.name) : null;
    if (unit) {
      route = { kind: 'UNIT', typeName: unit[1], fieldName: unit[2], dataSource: unit[3], file };
    } else if (pipeline) {
      route = pipelineRoute(pipeline[1], pipeline[2], file, problems);
    } else if (entry.isDirectory() || isCode(entry.name)) {
      problems.push({
        file: displayPath(file),
        message: 'Not a resolver name: expected Type.field.[dataSource].ts (or .js), a pipeline folder Type.field/, or lib/.',
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
