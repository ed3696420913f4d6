/**
 * `ctx.info.selectionSetList` and `ctx.info.selectionSetGraphQL` as AppSync fills them.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html#aws-appsync-resolver-context-reference-info-js
 * The list holds field names (not aliases), nested ones as `parent/child`, fragments flattened, `__typename` left out.
 */
import { Kind, print, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Both are computed once per selection set: parsed documents are cached by query text (executor.ts), so the same
 * nodes come back with every request, and a selection set belongs to one document (hence to one set of fragments).
 */
const lists = new WeakMap<SelectionSetNode, readonly string[]>();
const printed = new WeakMap<SelectionSetNode, string>();

export function selectionSetList(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): string[] {
  if (!set) return [];
  let list = lists.get(set);
  if (!list) lists.set(set, (list = listOf(set, fragments)));
  return [...list]; // a copy: resolver code may change what it is given
}

function listOf(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  const out: string[] = [];
  const walk = (current: SelectionSetNode | undefined, prefix: string, seen: Set<string>) => {
    for (const selection of current?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') continue;
        const path = `${prefix}${selection.name.value}`;
        if (!out.includes(path)) out.push(path);
        walk(selection.selectionSet, `${path}/`, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, prefix, seen);
      } else if (!seen.has(selection.name.value)) {
        walk(fragments[selection.name.value]?.selectionSet, prefix, new Set([...seen, selection.name.value]));
      }
    }
  };
  walk(set, '', new Set());
  return out;
}

export function selectionSetGraphQL(set: SelectionSetNode | undefined): string {
  if (!set) return '';
  let text = printed.get(set);
  if (text === undefined) printed.set(set, (text = print(set)));
  return text;
}
