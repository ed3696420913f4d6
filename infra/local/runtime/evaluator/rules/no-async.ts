import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

export const noAsync = nodeRule(
  'no-async',
  ['Function'],
  'Async functions are not supported.',
  (node: Node) => (node as unknown as { async: boolean }).async,
);
