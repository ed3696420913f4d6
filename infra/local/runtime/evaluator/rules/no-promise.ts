// Promises are not supported (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html).
// acorn-walk visits only identifiers in expression position, never property names or bindings.
import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

export const noPromise = nodeRule(
  'no-promise',
  ['Identifier'],
  'Promise is not supported.',
  (node: Node) => (node as unknown as { name: string }).name === 'Promise',
);
