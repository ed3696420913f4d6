/**
 * AppSync's per-API limits on an operation: query depth and resolver count.
 * https://docs.aws.amazon.com/appsync/latest/devguide/configuring-limits.html
 * Depth counts nested selections of fields; 0 disables a limit, as on AppSync.
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export interface OperationLimits {
  /** queryDepthLimit: 1-75, 0 for none. */
  queryDepthLimit: number;
  /** resolverCountLimit: 1-10000, 0 for none. */
  resolverCountLimit: number;
}

export const DEFAULT_LIMITS: OperationLimits = { queryDepthLimit: 0, resolverCountLimit: 0 };

function fragments(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** Depths by operation node: parsed documents are cached by query text (executor.ts), so each is measured once. */
const depths = new WeakMap<OperationDefinitionNode, number>();

/** The deepest field nesting of an operation (a top-level field has depth 1). */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  let depth = depths.get(operation);
  if (depth === undefined) depths.set(operation, (depth = measureDepth(document, operation)));
  return depth;
}

function measureDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const byName = fragments(document);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = byName.get(selection.name.value);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** The error message AppSync gives when an operation is over a limit, or null. */
export function limitProblem(limits: OperationLimits, depth: number): string | null {
  if (limits.queryDepthLimit > 0 && depth > limits.queryDepthLimit) {
    return `Query depth of ${depth} exceeds the limit of ${limits.queryDepthLimit}.`;
  }
  return null;
}
