import type { Node } from 'acorn';
import type { CodeRule } from './rule';

/** A rule that refuses every node of the given types (optionally only those matching `when`). */
export function nodeRule(
  name: string,
  types: string[],
  message: string | ((node: Node) => string),
  when: (node: Node) => boolean = () => true,
): CodeRule {
  return {
    name,
    create(report) {
      const visit = (node: Node) => {
        if (when(node)) report(node, typeof message === 'string' ? message : message(node));
      };
      return Object.fromEntries(types.map((type) => [type, visit]));
    },
  };
}
