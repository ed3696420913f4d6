/**
 * Functions may not be passed as arguments, except as callbacks of the array methods
 * (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html).
 */
import type { CodeRule } from './rule';
import { functionBindings, isFunctionValue } from './function-bindings';

const ARRAY_CALLBACK_METHODS = new Set([
  'map', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach', 'reduce', 'reduceRight',
  'every', 'some', 'flatMap', 'sort', 'toSorted',
]);

export const noFunctionPassing: CodeRule = {
  name: 'no-function-passing',
  create(report, program) {
    const bindings = functionBindings(program);
    const check = (node: {
      callee: { type: string; computed?: boolean; property?: { type: string; name?: string } };
      arguments: import('acorn').Node[];
    }) => {
      const callee = node.callee;
      const isArrayCallback =
        callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property?.type === 'Identifier' &&
        ARRAY_CALLBACK_METHODS.has(callee.property.name ?? '');
      if (isArrayCallback) return;
      for (const arg of node.arguments) {
        if (isFunctionValue(arg, bindings)) report(arg, 'Passing a function as an argument is not supported.');
      }
    };
    return { CallExpression: check, NewExpression: check };
  },
};
