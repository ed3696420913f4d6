// `import()` returns a Promise and `import.meta` has no meaning for a resolver: AppSync code is one
// bundled module importing only @aws-appsync/utils (https://docs.aws.amazon.com/appsync/latest/devguide/built-in-modules-js.html).
import type { Node } from 'acorn';
import { nodeRule } from './node-rule';

export const noDynamicImport = nodeRule(
  'no-dynamic-import',
  ['ImportExpression', 'MetaProperty'],
  (node: Node) => (node.type === 'ImportExpression' ? 'Dynamic import() is not supported.' : 'import.meta is not supported.'),
  (node: Node) => node.type === 'ImportExpression' || (node as unknown as { meta: { name: string } }).meta.name === 'import',
);
