// The `in` operator is not supported; `for-in` is (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html).
import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

export const noInOperator = nodeRule(
  'no-in-operator',
  ['BinaryExpression'],
  'The in operator is not supported. Use Object.hasOwn().',
  (node: Node) => (node as unknown as { operator: string }).operator === 'in',
);
