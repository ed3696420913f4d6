/**
 * Names bound to functions anywhere in the module (`function f`, `const f = () => ...`).
 * APPSYNC_JS checks function passing and returning by type; without a type checker we track the
 * names that are certainly functions, which covers what bundled resolvers contain.
 */
import * as walk from 'acorn-walk';
import type { Node, Program } from 'acorn';

export function isFunctionNode(node: Node | null | undefined): boolean {
  return (
    !!node &&
    (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration')
  );
}

export function functionBindings(program: Program): Set<string> {
  const names = new Set<string>();
  walk.simple(program, {
    FunctionDeclaration(node) {
      if (node.id) names.add(node.id.name);
    },
    VariableDeclarator(node) {
      if (node.id.type === 'Identifier' && isFunctionNode(node.init)) names.add(node.id.name);
    },
  });
  return names;
}

/** True when `node` is a function literal or an identifier bound to a function. */
export function isFunctionValue(node: Node | null | undefined, bindings: Set<string>): boolean {
  if (isFunctionNode(node)) return true;
  return !!node && node.type === 'Identifier' && bindings.has((node as unknown as { name: string }).name);
}
