// `++`, `--` and `~` are not supported (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html).
import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

const operatorOf = (node: Node) => (node as unknown as { operator: string }).operator;

export const noDisallowedUnaryOperators = nodeRule(
  'no-disallowed-unary-operators',
  ['UpdateExpression', 'UnaryExpression'],
  (node) => `The operator ${operatorOf(node)} is not supported.`,
  (node) => node.type === 'UpdateExpression' || operatorOf(node) === '~',
);
