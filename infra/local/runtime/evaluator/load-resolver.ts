/**
 * Loads resolver code once and hands out warm callables.
 *
 * Load (once per distinct code text, cached): size and language rules, module rewrite, compile in
 * the shared realm. Invoke (every call): reset the realm slot, re-run the module factory so
 * top-level state starts fresh, call the handler, collect what it produced. Everything a handler
 * does is synchronous, which is what makes the shared slot safe.
 */
import vm from 'node:vm';
import type { Program } from 'acorn';
import type { AuthTypeName, InvocationState } from '../invocation';
import { EarlyReturnSignal, UtilErrorSignal } from '../invocation';
import { validateCode, type CodeProblem } from './validate';
import { CodeLoadError } from './load-error';
import { toFactorySource } from './module-transform';
import { consoleCallSites, type CallSites } from './console-capture';
import { MODULE_NAMES, sharedRealm, type Realm } from './realm';
import { runtimeErrorInfo, CODE_ERROR_TYPE } from './runtime-errors';
import type { HandlerName, HandlerOutcome } from './outcome';

export interface InvokeOptions {
  /** What util.authType() answers; default API key. */
  authType?: AuthTypeName;
  /** Clock for util time functions; default Date.now. */
  now?: () => number;
  /** The field being resolved (for util.unauthorized); default ctx.info's. */
  field?: InvocationState['field'];
}

export interface LoadedResolver {
  readonly exportNames: readonly string[];
  invoke(handler: HandlerName, ctx: unknown, options?: InvokeOptions): HandlerOutcome;
  request(ctx: unknown, options?: InvokeOptions): HandlerOutcome;
  response(ctx: unknown, options?: InvokeOptions): HandlerOutcome;
}

type Factory = (require: (name: string) => unknown) => Record<string, unknown>;

const cache = new Map<string, LoadedResolver | CodeLoadError>();

/** Loads `code` (an ES module exporting request/response); throws CodeLoadError if AppSync would refuse it. */
export function loadResolver(code: string): LoadedResolver {
  let entry = cache.get(code);
  if (!entry) {
    try {
      entry = compile(code, sharedRealm());
    } catch (error) {
      if (!(error instanceof CodeLoadError)) throw error;
      entry = error;
    }
    cache.set(code, entry);
  }
  if (entry instanceof CodeLoadError) throw entry;
  return entry;
}

function checkImports(program: Program): CodeProblem[] {
  const problems: CodeProblem[] = [];
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration') continue;
    const name = String(node.source.value);
    if ((MODULE_NAMES as readonly string[]).includes(name)) continue;
    problems.push({
      errorType: 'LINT_ERROR', rule: 'allowed-imports',
      message: `Module '${name}' is not available; only ${MODULE_NAMES.join(', ')} can be imported (bundle other code in).`,
      line: node.loc?.start.line ?? 0, column: (node.loc?.start.column ?? -1) + 1, span: node.end - node.start,
    });
  }
  return problems;
}

function compile(code: string, realm: Realm): LoadedResolver {
  const { program, problems } = validateCode(code);
  if (!program || problems.length > 0) throw new CodeLoadError(problems);
  const importProblems = checkImports(program);
  if (importProblems.length > 0) throw new CodeLoadError(importProblems);
  const { source, exportNames } = toFactorySource(code, program);
  let factory: Factory;
  try {
    factory = new vm.Script(source, { filename: 'code.js', lineOffset: -1 }).runInContext(realm.context) as Factory;
  } catch (error) {
    // acorn accepted what V8 refuses (e.g. a duplicate declaration the rewrite exposed).
    const e = error as Error;
    throw new CodeLoadError([{ errorType: 'PARSER_ERROR', rule: 'parser', message: `Parsing error: ${e.message}`, line: 0, column: 0, span: -1 }]);
  }
  const callSites = consoleCallSites(program);
  const invoke = (handler: HandlerName, ctx: unknown, options?: InvokeOptions) =>
    invokeHandler(realm, factory, callSites, handler, ctx, options);
  return {
    exportNames,
    invoke,
    request: (ctx, options) => invoke('request', ctx, options),
    response: (ctx, options) => invoke('response', ctx, options),
  };
}

function fieldOf(ctx: unknown): InvocationState['field'] {
  const info = (ctx as { info?: { parentTypeName?: unknown; fieldName?: unknown } } | null)?.info;
  if (!info || typeof info.fieldName !== 'string' || typeof info.parentTypeName !== 'string') return undefined;
  return { parentTypeName: info.parentTypeName, fieldName: info.fieldName };
}

function invokeHandler(
  realm: Realm, factory: Factory, callSites: CallSites, handler: HandlerName, ctx: unknown, options: InvokeOptions = {},
): HandlerOutcome {
  const { state, slot } = realm;
  const errors: HandlerOutcome['errors'] = [];
  const logs: string[] = [];
  const extensionsCalls: HandlerOutcome['extensionsCalls'] = [];
  state.errors = errors;
  state.logs = logs;
  state.authType = options.authType ?? 'API Key Authorization';
  state.now = options.now ?? Date.now;
  state.field = options.field ?? fieldOf(ctx);
  state.responseHeaders = undefined;
  slot.extensionsCalls = extensionsCalls;
  slot.callSites = callSites;
  const outcome: HandlerOutcome = { status: 'returned', value: undefined, errors, logs, extensionsCalls };
  try {
    const exported = factory(realm.require);
    const fn = exported[handler];
    if (typeof fn !== 'function') {
      outcome.status = 'error';
      outcome.error = { message: `code.js: the code does not export a '${handler}' function.`, errorType: CODE_ERROR_TYPE };
    } else {
      outcome.value = (fn as (ctx: unknown) => unknown)(ctx);
    }
  } catch (thrown) {
    if (thrown instanceof EarlyReturnSignal) {
      outcome.status = 'earlyReturn';
      outcome.value = thrown.value;
      if (thrown.skipTo) outcome.skipTo = thrown.skipTo;
    } else {
      outcome.status = 'error';
      outcome.error = thrown instanceof UtilErrorSignal ? thrown.error : runtimeErrorInfo(thrown);
    }
  } finally {
    slot.callSites = undefined;
    realm.sweepGlobals();
  }
  if (state.responseHeaders && Object.keys(state.responseHeaders).length > 0) outcome.responseHeaders = state.responseHeaders;
  return outcome;
}
