/** Functions may not be returned (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html). */
import type { Node } from 'acorn';
import type { CodeRule } from './rule';
import { functionBindings, isFunctionValue } from './function-bindings';

const MESSAGE = 'Returning a function is not supported.';

export const noFunctionReturn: CodeRule = {
  name: 'no-function-return',
  create(report, program) {
    const bindings = functionBindings(program);
    return {
      ReturnStatement(node: { argument: Node | null } & Node) {
        if (isFunctionValue(node.argument, bindings)) report(node, MESSAGE);
      },
      ArrowFunctionExpression(node: { expression: boolean; body: Node }) {
        if (node.expression && isFunctionValue(node.body, bindings)) report(node.body, MESSAGE);
      },
    };
  },
};
