/**
 * Local twin of AppSync's EvaluateCode API: evaluates one handler of resolver code against a
 * context and answers in the API's response shape.
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_EvaluateCode.html
 *
 * - `evaluationResult`, `stash`, `outErrors` are JSON strings, as the API returns them.
 * - Code AppSync refuses comes back as `error.codeErrors` (PARSER_ERROR / LINT_ERROR, with
 *   line, column and span; https://docs.aws.amazon.com/appsync/latest/APIReference/API_CodeError.html).
 * - util.error or an exception while evaluating comes back as `error.message`.
 * - Input the API itself would reject (length limits, unknown function, context not JSON) throws
 *   EvaluateCodeBadRequest, as the SDK would.
 */
import { CodeLoadError, loadResolver } from './evaluator/index';
import { MAX_CODE_LENGTH } from './evaluator/rules/index';
import { createRequestContext, handlerContext, inferAuthType, type RequestContextInput } from './context';

export interface EvaluateCodeInput {
  code: string;
  /** The context as the API takes it (a JSON string), or already parsed. */
  context: string | Record<string, unknown>;
  function: 'request' | 'response';
  /** Clock for util time functions (tests). */
  now?: () => number;
}

export interface CodeErrorLocation {
  line: number;
  column: number;
  span: number;
}

export interface CodeError {
  errorType: string;
  value: string;
  location: CodeErrorLocation;
}

export interface EvaluateCodeResponse {
  evaluationResult?: string;
  error?: { message: string; codeErrors?: CodeError[] };
  logs?: string[];
  stash?: string;
  outErrors?: string;
}

export class EvaluateCodeBadRequest extends Error {
  override readonly name = 'BadRequestException';
  readonly errorType = 'BadRequestException';
}

const MAX_CONTEXT_LENGTH = 28000;

function parseContext(context: EvaluateCodeInput['context']): Record<string, unknown> {
  if (typeof context !== 'string') return context;
  if (context.length < 2 || context.length > MAX_CONTEXT_LENGTH) {
    throw new EvaluateCodeBadRequest(`context must be 2 to ${MAX_CONTEXT_LENGTH} characters long`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(context);
  } catch (error) {
    throw new EvaluateCodeBadRequest(`context is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new EvaluateCodeBadRequest('context must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

function validateInput(input: EvaluateCodeInput): void {
  if (input.function !== 'request' && input.function !== 'response') {
    throw new EvaluateCodeBadRequest(`function must be 'request' or 'response', got ${JSON.stringify(input.function)}`);
  }
  if (typeof input.code !== 'string' || input.code.length < 1 || input.code.length > MAX_CODE_LENGTH) {
    throw new EvaluateCodeBadRequest(`code must be 1 to ${MAX_CODE_LENGTH} characters long`);
  }
}

function codeErrorsOf(error: CodeLoadError): EvaluateCodeResponse {
  return {
    error: {
      message: 'The code contains one or more errors.',
      codeErrors: error.problems.map((p) => ({
        errorType: p.errorType,
        value: p.errorType === 'LINT_ERROR' ? `${p.message} (${p.rule})` : p.message,
        location: { line: p.line, column: p.column, span: p.span },
      })),
    },
    logs: [],
  };
}

export function evaluateCode(input: EvaluateCodeInput): EvaluateCodeResponse {
  validateInput(input);
  const context = parseContext(input.context);
  let resolver;
  try {
    resolver = loadResolver(input.code);
  } catch (error) {
    if (error instanceof CodeLoadError) return codeErrorsOf(error);
    throw error;
  }
  const base = createRequestContext({
    ...(context as RequestContextInput),
    arguments: (context.arguments ?? context.args) as Record<string, unknown> | undefined,
  });
  const extra: Parameters<typeof handlerContext>[1] = {};
  if (context.prev !== undefined) extra.prev = context.prev as { result: unknown };
  if (context.result !== undefined) extra.result = context.result;
  if (context.error !== undefined) extra.error = context.error as { message: string; type: string };
  const ctx = handlerContext(base, extra);
  const outcome = resolver.invoke(input.function, ctx, { authType: inferAuthType(base.identity), now: input.now });
  const response: EvaluateCodeResponse = {};
  if (outcome.status === 'error') response.error = { message: outcome.error?.message ?? 'Unknown error' };
  else response.evaluationResult = JSON.stringify(outcome.value) ?? 'null';
  response.logs = outcome.logs;
  response.stash = JSON.stringify(base.stash);
  response.outErrors = JSON.stringify(outcome.errors);
  return response;
}
