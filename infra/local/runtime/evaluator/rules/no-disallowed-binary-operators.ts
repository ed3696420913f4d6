import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

export const noDisallowedBinaryOperators = nodeRule(
  'no-disallowed-binary-operators',
  ['BinaryExpression'],
  'The operator instanceof is not supported.',
  (node: Node) => (node as unknown as { operator: string }).operator === 'instanceof',
);
