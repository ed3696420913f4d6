import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

export const noRegex = nodeRule(
  'no-regex',
  ['Literal'],
  'Regex literals are not supported. Use util.matches().',
  (node: Node) => (node as unknown as { regex?: unknown }).regex !== undefined,
);
