/**
 * VTL unit resolvers (`Type.field.[source].req.vtl` + `.res.vtl`), run by the Velocity engine of the Amplify AppSync
 * simulator (amplify-velocity-template with the simulator's Java-like values and `$util`), behind the same
 * LoadedResolver interface as APPSYNC_JS code, so the unit engine runs both alike.
 *
 * We build `$ctx` ourselves rather than through the simulator's VelocityTemplate, because that one derives the
 * identity from a raw JWT (no Lambda authorizer identity) and reads graphql-js resolve info; ours already holds
 * AppSync's `ctx.identity` and `ctx.info` for every auth mode.
 *
 * AppSync's VTL rules kept here (https://docs.aws.amazon.com/appsync/latest/devguide/resolver-mapping-template-reference-overview.html,
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-util-reference.html):
 * - the rendered request must be JSON; anything else fails the field with errorType `MappingTemplate`;
 * - `#return(value)` in the request skips the data source and the response template; its value is the field's;
 * - `$util.error` stops with its error, `$util.appendError` only adds one;
 * - `$ctx.stash` is the one stash of the resolution.
 */
import { createRequire } from 'node:module';
import type { VelocityAst } from 'amplify-velocity-template';
import type { TemplateSentError } from '@aws-amplify/amplify-appsync-simulator/lib/velocity/util';
import type { LoadedResolver, InvokeOptions } from '../evaluator/load-resolver';
import type { HandlerName, HandlerOutcome } from '../evaluator/outcome';
import type { AppSyncErrorInfo } from '../invocation';
import type { ResolverContext } from '../context';
import { detachJson } from '../engine/call-data-source';

// CommonJS internals of the simulator, loaded with require: Node's ESM loader sees no named exports in them.
const require = createRequire(import.meta.url);
const { Compile, parse } = require('amplify-velocity-template') as typeof import('amplify-velocity-template');
const { map } = require('@aws-amplify/amplify-appsync-simulator/lib/velocity/value-mapper/mapper') as typeof import('@aws-amplify/amplify-appsync-simulator/lib/velocity/value-mapper/mapper');
const { create: createUtil } = require('@aws-amplify/amplify-appsync-simulator/lib/velocity/util') as typeof import('@aws-amplify/amplify-appsync-simulator/lib/velocity/util');

interface JavaValue {
  toJSON(): unknown;
}

/** The simulator's `$util` reads a graphql-js-like info (for error data filtering); this one is built from ctx.info. */
function simulatorInfo(ctx: ResolverContext) {
  const topLevel = ctx.info.selectionSetList.filter((name) => !name.includes('/'));
  const field = { kind: 'Field', name: { value: ctx.info.fieldName }, selectionSet: { selections: topLevel.map((name) => ({ kind: 'Field', name: { value: name } })) } };
  return { fieldName: ctx.info.fieldName, fieldNodes: [], path: { key: ctx.info.fieldName }, operation: { selectionSet: { selections: [field] } } };
}

/** Template values are Java-like wrappers (JavaString, JavaMap, ...); errors leave as plain JSON values. */
function errorInfo(error: TemplateSentError): AppSyncErrorInfo {
  // The Velocity compiler appends its location to a thrown error's `message`; `extensions` keeps the one given.
  const info: AppSyncErrorInfo = { message: String(detachJson(error.extensions?.message ?? error.message)) };
  if (error.errorType) info.errorType = String(detachJson(error.errorType));
  if (error.data !== null && error.data !== undefined) info.data = detachJson(error.data);
  if (error.errorInfo !== null && error.errorInfo !== undefined) info.errorInfo = detachJson(error.errorInfo) as Record<string, unknown>;
  return info;
}

function outcome(status: HandlerOutcome['status'], value: unknown, errors: AppSyncErrorInfo[], error?: AppSyncErrorInfo): HandlerOutcome {
  return { status, value, errors, logs: [], extensionsCalls: [], ...(error ? { error } : {}) };
}

function render(ast: VelocityAst, ctx: ResolverContext, options: InvokeOptions): HandlerOutcome {
  const compiler = new Compile(ast, { valueMapper: map, escape: false });
  const sent: TemplateSentError[] = [];
  const util = createUtil(sent, new Date(options.now?.() ?? Date.now()), simulatorInfo(ctx), {});
  util.authType = () => options.authType ?? 'API Key Authorization';
  const vtlCtx: Record<string, unknown> = {
    arguments: map(ctx.arguments),
    args: map(ctx.arguments),
    identity: map(ctx.identity),
    source: map(ctx.source),
    stash: map(ctx.stash),
    info: map(ctx.info),
    request: map(ctx.request),
    result: map(ctx.result),
    error: ctx.error ? map(ctx.error) : undefined,
    ...(ctx.prev ? { prev: map(ctx.prev) } : {}),
  };
  let text: string | undefined;
  let thrown = false;
  try {
    text = compiler.render({ util, utils: util, ctx: vtlCtx, context: vtlCtx });
  } catch {
    thrown = true;
  }
  // The template's stash writes belong to the resolution's one stash.
  const stash = (vtlCtx.stash as JavaValue).toJSON() as Record<string, unknown>;
  for (const key of Object.keys(ctx.stash)) delete ctx.stash[key];
  Object.assign(ctx.stash, stash);

  const errors = sent.map(errorInfo);
  if (thrown) {
    const last = errors.pop();
    return outcome('error', null, errors, last ?? { message: 'The template failed to render.', errorType: 'MappingTemplate' });
  }
  const returned = compiler._state.return;
  const body = (text ?? '').trim();
  try {
    return outcome(returned ? 'earlyReturn' : 'returned', JSON.parse(body), errors);
  } catch {
    // `#return` may return a plain string; any other non-JSON output is refused, as AppSync does.
    if (returned) return outcome('earlyReturn', body, errors);
    return outcome('error', null, errors, { message: `Unable to parse the rendered template as JSON: ${body.slice(0, 200)}`, errorType: 'MappingTemplate' });
  }
}

const cache = new Map<string, LoadedResolver>();

/** A VTL unit resolver as a LoadedResolver, parsed once (the build has already refused templates that do not parse). */
export function loadVtlResolver(templates: { request: string; response: string }): LoadedResolver {
  const key = `${templates.request}\u0000${templates.response}`;
  let loaded = cache.get(key);
  if (!loaded) cache.set(key, (loaded = compileVtl(templates)));
  return loaded;
}

function compileVtl(templates: { request: string; response: string }): LoadedResolver {
  const ast = { request: parse(templates.request), response: parse(templates.response) };
  const invoke = (handler: HandlerName, ctx: unknown, options: InvokeOptions = {}) => render(ast[handler], ctx as ResolverContext, options);
  return {
    exportNames: ['request', 'response'],
    invoke,
    request: (ctx, options) => invoke('request', ctx, options),
    response: (ctx, options) => invoke('response', ctx, options),
  };
}
