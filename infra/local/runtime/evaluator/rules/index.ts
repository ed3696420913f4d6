/** Every APPSYNC_JS language rule checked when resolver code is loaded. */
import type { CodeRule } from './rule';
import { noAsync } from './no-async';
import { noAwait } from './no-await';
import { noClasses } from './no-classes';
import { noContinue } from './no-continue';
import { noDisallowedBinaryOperators } from './no-disallowed-binary-operators';
import { noDisallowedUnaryOperators } from './no-disallowed-unary-operators';
import { noDynamicImport } from './no-dynamic-import';
import { noFor } from './no-for';
import { noFunctionPassing } from './no-function-passing';
import { noFunctionReturn } from './no-function-return';
import { noGenerators } from './no-generators';
import { noInOperator } from './no-in-operator';
import { noLabels } from './no-labels';
import { noPromise } from './no-promise';
import { noRecursion } from './no-recursion';
import { noRegex } from './no-regex';
import { noThis } from './no-this';
import { noThrow } from './no-throw';
import { noTry } from './no-try';
import { noWhile } from './no-while';
import { noYield } from './no-yield';

export type { CodeRule, Violation } from './rule';
export { MAX_CODE_LENGTH, MAX_CODE_LENGTH_RULE } from './max-code-length';

export const appsyncRules: readonly CodeRule[] = [
  noTry, noThrow, noWhile, noFor, noContinue, noLabels, noClasses, noThis, noAsync, noAwait, noPromise,
  noGenerators, noYield, noDisallowedUnaryOperators, noDisallowedBinaryOperators, noInOperator, noRegex,
  noRecursion, noFunctionPassing, noFunctionReturn, noDynamicImport,
];
