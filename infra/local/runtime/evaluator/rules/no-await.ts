import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

export const noAwait = nodeRule(
  'no-await',
  ['AwaitExpression', 'ForOfStatement'],
  'The await keyword is not supported.',
  (node: Node) => node.type === 'AwaitExpression' || (node as unknown as { await: boolean }).await,
);
