export { loadResolver, type LoadedResolver, type InvokeOptions } from './load-resolver';
export { CodeLoadError } from './load-error';
export { validateCode, formatProblem, type CodeProblem, type CodeErrorType } from './validate';
export type { HandlerOutcome, HandlerName } from './outcome';
export { CODE_ERROR_TYPE } from './runtime-errors';
