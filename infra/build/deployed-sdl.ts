/**
 * The SDL that is deployed to AppSync: the domain files only (never the AppSync preamble, whose scalars and
 * directives AppSync defines itself), printed as one document.
 *
 * Type extensions (`extend type Query` in another domain file) are folded into the type they extend, so the deployed
 * schema is plain definitions whatever AppSync's support for extensions, and a `schema { ... }` block naming the root
 * types present is added when no file declares one.
 */
import { Kind, print, type DefinitionNode, type DocumentNode, type OperationTypeDefinitionNode } from 'graphql';

/** Each extension kind and the definition kind it extends. */
const EXTENDS: Partial<Record<string, string>> = {
  [Kind.OBJECT_TYPE_EXTENSION]: Kind.OBJECT_TYPE_DEFINITION,
  [Kind.INTERFACE_TYPE_EXTENSION]: Kind.INTERFACE_TYPE_DEFINITION,
  [Kind.INPUT_OBJECT_TYPE_EXTENSION]: Kind.INPUT_OBJECT_TYPE_DEFINITION,
  [Kind.ENUM_TYPE_EXTENSION]: Kind.ENUM_TYPE_DEFINITION,
  [Kind.UNION_TYPE_EXTENSION]: Kind.UNION_TYPE_DEFINITION,
  [Kind.SCALAR_TYPE_EXTENSION]: Kind.SCALAR_TYPE_DEFINITION,
};

/** The list-valued members an extension may add to its definition. */
const MEMBERS = ['fields', 'interfaces', 'directives', 'values', 'types'] as const;

type Mutable = Record<string, unknown> & { kind: string; name?: { value: string } };

export function printDeployedSdl(definitions: readonly DefinitionNode[]): string {
  const out: Mutable[] = [];
  const byName = new Map<string, Mutable>();
  for (const definition of definitions) {
    if (EXTENDS[definition.kind]) continue;
    const copy: Mutable = { ...definition };
    out.push(copy);
    if (copy.name) byName.set(copy.name.value, copy);
  }
  for (const extension of definitions) {
    const baseKind = EXTENDS[extension.kind];
    if (!baseKind) continue;
    const base = 'name' in extension && extension.name ? byName.get(extension.name.value) : undefined;
    if (!base || base.kind !== baseKind) {
      out.push({ ...extension });
      continue;
    }
    for (const member of MEMBERS) {
      const added = (extension as unknown as Record<string, unknown>)[member];
      if (Array.isArray(added)) base[member] = [...((base[member] as unknown[] | undefined) ?? []), ...added];
    }
  }
  const hasSchema = out.some((d) => d.kind === Kind.SCHEMA_DEFINITION);
  const roots = (['query', 'mutation', 'subscription'] as const)
    .map((operation) => ({ operation, name: operation[0].toUpperCase() + operation.slice(1) }))
    .filter(({ name }) => byName.get(name)?.kind === Kind.OBJECT_TYPE_DEFINITION);
  if (!hasSchema && roots.length > 0) {
    const operationTypes = roots.map(
      ({ operation, name }): OperationTypeDefinitionNode => ({
        kind: Kind.OPERATION_TYPE_DEFINITION,
        operation: operation as OperationTypeDefinitionNode['operation'],
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: name } },
      }),
    );
    out.unshift({ kind: Kind.SCHEMA_DEFINITION, operationTypes });
  }
  const document = { kind: Kind.DOCUMENT, definitions: out } as unknown as DocumentNode;
  return `${print(document)}\n`;
}
