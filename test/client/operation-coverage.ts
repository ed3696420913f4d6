/**
 * What the operation documents in `schema/operations/` must satisfy, checked against the schema codegen reads:
 *
 * - every root field (Query, Mutation, Subscription) is selected by at least one document, so each one has a typed
 *   document in the generated client;
 * - every document is valid against the schema (graphql-js `validate`, all rules: field names, argument and
 *   variable types, fragments, one operation name per operation across all files);
 * - every operation is named in PascalCase, since its name becomes `<Name>Document` in the client.
 *
 * Terms: a *document file* is one `.graphql` file; fragments are shared across files (codegen merges them), so the
 * files are validated as one document whose nodes remember the file they came from.
 */
import { relative } from 'node:path';
import { CodegenContext, loadCodegenConfig } from '@graphql-codegen/cli';
import {
  buildASTSchema,
  concatAST,
  GraphQLError,
  Kind,
  Source,
  TypeInfo,
  parse,
  validate,
  visit,
  visitWithTypeInfo,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

export interface DocumentFile {
  /** Path relative to the repo root, e.g. `schema/operations/reporting/usage-plans.graphql`. */
  name: string;
  body: string;
}

export interface OperationProblems {
  /** `Query.getOrder`, ... : root fields no document selects. */
  uncovered: string[];
  /** `file:line:column message` for every validation error, unparsable file and badly named operation. */
  invalid: string[];
}

/** The schema and the operation documents exactly as `codegen.yml` names them (its schema and documents globs). */
export async function loadCodegenInputs(root: string, configFile = 'codegen.yml'): Promise<{ schema: GraphQLSchema; files: DocumentFile[] }> {
  const { config, filepath } = await loadCodegenConfig({ configFilePath: `${root}/${configFile}` });
  const context = new CodegenContext({ config: { ...config, cwd: root }, filepath });
  // Rebuilt from the files codegen read: its schema object comes from graphql's CommonJS build, and graphql-js refuses
  // a schema of another module instance ("from another module or realm").
  const loadedSchema = await context.loadSchema(config.schema!);
  const sources = (loadedSchema.extensions as { sources?: { name: string; body: string }[] }).sources;
  if (!sources?.length) throw new Error(`codegen loaded no schema files from ${configFile}`);
  const schemaFiles = new Map(sources.map((source) => [source.name, source.body]));
  const schema = buildASTSchema(concatAST([...schemaFiles].map(([name, body]) => parse(new Source(body, relative(root, name))))));
  const loaded = await context.loadDocuments(config.documents!, 'standard');
  const files = loaded
    .map((file) => ({ name: relative(root, file.location ?? ''), body: file.rawSDL ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { schema, files };
}

const where = (error: GraphQLError) => {
  const source = error.source?.name ?? '?';
  const at = error.locations?.[0];
  return at ? `${source}:${at.line}:${at.column}` : source;
};

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;

export function checkOperations(schema: GraphQLSchema, files: DocumentFile[]): OperationProblems {
  const invalid: string[] = [];
  const definitions: DefinitionNode[] = [];
  for (const file of files) {
    try {
      definitions.push(...parse(new Source(file.body, file.name)).definitions);
    } catch (error) {
      invalid.push(`${where(error as GraphQLError)} ${(error as Error).message}`);
    }
  }
  const merged: DocumentNode = { kind: Kind.DOCUMENT, definitions };

  for (const error of validate(schema, merged)) invalid.push(`${where(error)} ${error.message}`);
  for (const definition of definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const name = definition.name?.value;
    if (!name || !PASCAL_CASE.test(name)) {
      const at = definition.loc ? `${definition.loc.source.name}:${definition.loc.startToken.line}` : '?';
      invalid.push(`${at} operation ${name ? `"${name}" is not PascalCase` : 'has no name'}: the client exports it as <Name>Document`);
    }
  }

  return { uncovered: uncoveredRootFields(schema, merged), invalid };
}

/** Root fields that no selection in `document` reaches (fragments on a root type count). */
export function uncoveredRootFields(schema: GraphQLSchema, document: DocumentNode): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => t != null);
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && roots.includes(parent as (typeof roots)[number])) used.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return roots.flatMap((root) => Object.keys(root.getFields()).map((field) => `${root.name}.${field}`)).filter((field) => !used.has(field));
}
