import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

export const noGenerators = nodeRule(
  'no-generators',
  ['Function'],
  'Generator functions are not supported.',
  (node: Node) => (node as unknown as { generator: boolean }).generator,
);
