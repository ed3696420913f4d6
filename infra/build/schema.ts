/**
 * Schema assembly: the AppSync preamble (`appsync.graphql`: AWS scalars and directives) plus every domain file
 * (`schema/*.graphql`), parsed file by file and validated together with graphql-js.
 *
 * Each file keeps its own graphql `Source`, so every AST node remembers the file it came from: an error anywhere
 * (syntax, SDL rules, schema validation, a resolver check later on) is reported as `file:line:column`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GraphQLError,
  Source,
  buildASTSchema,
  getLocation,
  parse,
  validateSchema,
  type ASTNode,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
// validateSDL is graphql-js's own SDL validation; unlike buildASTSchema it returns the errors with their nodes.
import { validateSDL } from 'graphql/validation/validate.js';
import { printDeployedSdl } from './deployed-sdl';
import { BuildError, displayPath, type BuildProblem } from './errors';

export const APPSYNC_PREAMBLE_FILE = 'appsync.graphql';

/** The repo's preamble, used when the schema given (e.g. to `local:serve`) has none of its own. */
export const DEFAULT_APPSYNC_PREAMBLE = fileURLToPath(new URL(`../../schema/${APPSYNC_PREAMBLE_FILE}`, import.meta.url));

export interface SchemaSource {
  /** Path relative to the working directory, as used in messages. */
  file: string;
  body: string;
  /** False for the AppSync preamble, which is never deployed. */
  deployed: boolean;
}

export interface LoadedSchema {
  /** The merged schema, AppSync scalars and directives included: for validation, execution and codegen. */
  schema: GraphQLSchema;
  /** The domain files as one SDL document, as deployed to AppSync. */
  deployedSdl: string;
  sources: SchemaSource[];
}

/** Where a node of the merged schema comes from. */
export function locateNode(node: ASTNode | undefined | null): Pick<BuildProblem, 'file' | 'line' | 'column'> | null {
  if (!node?.loc) return null;
  const { line, column } = getLocation(node.loc.source, node.loc.start);
  return { file: node.loc.source.name, line, column };
}

/**
 * An error located at its first node in a domain file (the preamble is AWS's, never at fault when a domain file
 * clashes with it); its other nodes (e.g. the first of two declarations) are listed as "see also".
 */
function problemFrom(error: GraphQLError, fallbackFile: string, preambleFile: string): BuildProblem {
  const located = (error.nodes ?? []).map(locateNode).filter((l) => l !== null);
  const primary = located.find((l) => l.file !== preambleFile) ?? located[0];
  if (primary) {
    const others = located.filter((l) => l !== primary).map((l) => `${l.file}:${l.line}:${l.column}`);
    const seeAlso = others.length > 0 ? ` (see also ${others.join(', ')})` : '';
    return { ...primary, message: `${error.message}${seeAlso}` };
  }
  const position = error.locations?.[0];
  const file = error.source?.name ?? fallbackFile;
  return { file, line: position?.line, column: position?.column, message: error.message };
}

function schemaFiles(schemaPath: string): { preamble: string; domain: string[] } {
  if (!existsSync(schemaPath)) {
    throw new BuildError([{ file: displayPath(schemaPath), message: 'No such schema file or directory.' }]);
  }
  if (!statSync(schemaPath).isDirectory()) return { preamble: DEFAULT_APPSYNC_PREAMBLE, domain: [schemaPath] };
  const own = path.join(schemaPath, APPSYNC_PREAMBLE_FILE);
  const domain = readdirSync(schemaPath, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql') && entry.name !== APPSYNC_PREAMBLE_FILE)
    .map((entry) => path.join(schemaPath, entry.name))
    .sort();
  return { preamble: existsSync(own) ? own : DEFAULT_APPSYNC_PREAMBLE, domain };
}

/**
 * Loads and validates a schema: a directory of domain files (with or without its own `appsync.graphql`), or a single
 * SDL file. Throws a BuildError listing every problem, each with its file and line.
 */
export function loadSchema(schemaPath: string): LoadedSchema {
  const files = schemaFiles(path.resolve(schemaPath));
  const where = displayPath(path.resolve(schemaPath));
  if (files.domain.length === 0) throw new BuildError([{ file: where, message: 'No domain .graphql file found.' }]);

  const sources: SchemaSource[] = [files.preamble, ...files.domain].map((file, index) => ({
    file: displayPath(file),
    body: readFileSync(file, 'utf8'),
    deployed: index > 0,
  }));
  const problems: BuildProblem[] = [];
  const documents: { source: SchemaSource; document: DocumentNode }[] = [];
  for (const source of sources) {
    try {
      documents.push({ source, document: parse(new Source(source.body, source.file)) });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      problems.push(problemFrom(error, source.file, sources[0].file));
    }
  }
  if (problems.length > 0) throw new BuildError(problems);

  const definitions: DefinitionNode[] = documents.flatMap(({ document }) => document.definitions);
  const merged: DocumentNode = { kind: documents[0].document.kind, definitions };
  problems.push(...validateSDL(merged).map((error) => problemFrom(error, where, sources[0].file)));
  if (problems.length > 0) throw new BuildError(problems);

  const schema = buildASTSchema(merged, { assumeValidSDL: true });
  problems.push(...validateSchema(schema).map((error) => problemFrom(error, where, sources[0].file)));
  if (problems.length > 0) throw new BuildError(problems);

  const deployed = documents.filter(({ source }) => source.deployed).flatMap(({ document }) => document.definitions);
  return { schema, deployedSdl: printDeployedSdl(deployed), sources };
}
