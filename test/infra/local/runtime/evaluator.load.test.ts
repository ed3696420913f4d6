/**
 * The evaluator: loading once, isolated invocations, globals and modules, console capture, and
 * exceptions reported as AppSync does.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeLoadError, loadResolver } from '../../../../infra/local/runtime/evaluator/index';

describe('loadResolver', () => {
  it('returns the same warm resolver for the same code', () => {
    const code = 'export function request(ctx) { return ctx.args; }\nexport function response(ctx) { return ctx.result; }';
    expect(loadResolver(code)).toBe(loadResolver(code));
    expect(loadResolver(code).exportNames).toEqual(['request', 'response']);
  });

  it('refuses code AppSync would refuse, naming rule and location', () => {
    const code = 'export function request(ctx) {\n  let n = 0;\n  n++;\n  return n;\n}';
    expect(() => loadResolver(code)).toThrow(CodeLoadError);
    expect(() => loadResolver(code)).toThrow('code.js:3:3: The operator ++ is not supported. [no-disallowed-unary-operators]');
  });

  it('refuses imports other than the AppSync modules', () => {
    expect(() => loadResolver("import fs from 'node:fs';\nexport function request() { return fs; }")).toThrow(/\[allowed-imports\]/);
  });

  it('supports named, namespace and default exports and import forms', () => {
    const code = [
      "import * as utils from '@aws-appsync/utils';",
      "import { util as u, runtime } from '@aws-appsync/utils';",
      'function req(ctx) { return [typeof utils.util.error, typeof u.appendError, typeof runtime.earlyReturn]; }',
      'export { req as request };',
      'export default 42;',
    ].join('\n');
    const resolver = loadResolver(code);
    expect(resolver.exportNames).toEqual(['request', 'default']);
    expect(resolver.request({}).value).toEqual(['function', 'function', 'function']);
  });
});

describe('invocation isolation', () => {
  it('starts every invocation with fresh module state', () => {
    const resolver = loadResolver('let calls = 0;\nconst seen = [];\nexport function request(ctx) {\n  calls += 1;\n  seen.push(ctx.args.id);\n  return { calls, seen };\n}');
    expect(resolver.request({ args: { id: 'a' } }).value).toEqual({ calls: 1, seen: ['a'] });
    expect(resolver.request({ args: { id: 'b' } }).value).toEqual({ calls: 1, seen: ['b'] });
  });

  it('does not let one resolver extend built-in prototypes for another', () => {
    const polluter = loadResolver('export function request(ctx) {\n  Array.prototype.leak = 1;\n  return 1;\n}');
    const outcome = polluter.request({});
    expect(outcome.status).toBe('error');
    expect(outcome.error?.message).toMatch(/^code\.js:2:\d+: TypeError: Cannot add property leak/);
    const reader = loadResolver('export function request(ctx) { return [].leak === undefined; }');
    expect(reader.request({}).value).toBe(true);
  });

  it('removes globals a handler created', () => {
    const writer = loadResolver('export function request(ctx) { globalThis.shared = 7; return globalThis.shared; }');
    expect(writer.request({}).value).toBe(7);
    const reader = loadResolver('export function request(ctx) { return typeof globalThis.shared; }');
    expect(reader.request({}).value).toBe('undefined');
  });

  it('has no eval, no require, no process', () => {
    const resolver = loadResolver(
      'export function request(ctx) { return [typeof require, typeof process, typeof setTimeout]; }\nexport function response() { return eval("1"); }',
    );
    expect(resolver.request({}).value).toEqual(['undefined', 'undefined', 'undefined']);
    expect(resolver.response({}).error?.message).toMatch(/EvalError/);
  });

  it('keeps appended errors and logs per invocation', () => {
    const resolver = loadResolver("export function request(ctx) { util.appendError(ctx.args.m); console.log(ctx.args.m); return 1; }");
    const first = resolver.request({ args: { m: 'one' } });
    const second = resolver.request({ args: { m: 'two' } });
    expect(first.errors).toEqual([{ message: 'one' }]);
    expect(second.errors).toEqual([{ message: 'two' }]);
    expect(first.logs).toHaveLength(1);
    expect(second.logs).toEqual(['INFO - code.js:1:62: "two"']);
  });
});

describe('globals and modules', () => {
  it('exposes util, runtime, extensions, console as globals and as the same objects through imports', () => {
    const resolver = loadResolver(
      "import { util as u, runtime as r, extensions as e } from '@aws-appsync/utils';\nexport function request() { return [u === util, r === runtime, e === extensions, typeof console.log]; }",
    );
    expect(resolver.request({}).value).toEqual([true, true, true, 'function']);
  });

  it('records extensions calls detached from the handler', () => {
    const resolver = loadResolver([
      'export function request(ctx) {',
      '  const filter = { filter: { status: { eq: "open" } } };',
      '  extensions.setSubscriptionFilter(filter);',
      '  filter.filter.status.eq = "changed";',
      '  extensions.setSubscriptionInvalidationFilter({ filter: { id: { eq: 1 } } });',
      '  extensions.invalidateSubscriptions({ subscriptionField: "onUpdate", payload: { id: 1 } });',
      '  extensions.evictFromApiCache("Query", "getItem", { "context.arguments.id": 1 });',
      '  return null;',
      '}',
    ].join('\n'));
    expect(resolver.request({}).extensionsCalls).toEqual([
      { kind: 'setSubscriptionFilter', filter: { filter: { status: { eq: 'open' } } } },
      { kind: 'setSubscriptionInvalidationFilter', filter: { filter: { id: { eq: 1 } } } },
      { kind: 'invalidateSubscriptions', invalidation: { subscriptionField: 'onUpdate', payload: { id: 1 } } },
      { kind: 'evictFromApiCache', typeName: 'Query', fieldName: 'getItem', keyValuePair: { 'context.arguments.id': 1 } },
    ]);
  });
});

describe('console capture', () => {
  // https://docs.aws.amazon.com/appsync/latest/devguide/test-debug-resolvers-js.html shows
  // "INFO - code.js:13:5: \"This request is allowed\"" for a console.log at line 13, column 5.
  it('logs level, location of the call and every argument as JSON', () => {
    const resolver = loadResolver([
      'export function request(ctx) {',
      '    console.log("This request is allowed")',
      '  console.error("bad", { a: [1, 2] }, 3, null);',
      '  console.warn(undefined);',
      '  console.debug(true); console.info("i");',
      '  return 1;',
      '}',
    ].join('\n'));
    expect(resolver.request({}).logs).toEqual([
      'INFO - code.js:2:5: "This request is allowed"',
      'ERROR - code.js:3:3: "bad" {"a":[1,2]} 3 null',
      'WARN - code.js:4:3: undefined',
      'DEBUG - code.js:5:3: true',
      'INFO - code.js:5:24: "i"',
    ]);
  });
});

describe('exceptions inside handlers', () => {
  it('reports a TypeError as code.js:L:C: message with errorType Code', () => {
    const resolver = loadResolver('export function request(ctx) {\n  const item = ctx.args.missing;\n  return item.id;\n}');
    const outcome = resolver.request({ args: {} });
    expect(outcome.status).toBe('error');
    expect(outcome.error).toEqual({
      message: "code.js:3:15: TypeError: Cannot read properties of undefined (reading 'id')",
      errorType: 'Code',
    });
  });

  it('reports an exception raised inside a util call at the resolver line that called it', () => {
    const resolver = loadResolver('export function request(ctx) {\n  return runtime.earlyReturn(1, { skipTo: "LATER" });\n}');
    const outcome = resolver.request({});
    expect(outcome.status).toBe('error');
    expect(outcome.error?.message).toMatch(/^code\.js:2:\d+: runtime\.earlyReturn: skipTo must be 'END' or 'NEXT'/);
  });

  it('reports a missing handler instead of crashing', () => {
    const outcome = loadResolver('export function request() { return 1; }').response({});
    expect(outcome).toMatchObject({ status: 'error', error: { errorType: 'Code' } });
  });

  it('turns util.error into an error outcome and earlyReturn into an early value', () => {
    const resolver = loadResolver(
      "export function request(ctx) {\n  if (ctx.args.stop) util.error('Stopped', 'MyType', { x: 1 }, { y: 2 });\n  runtime.earlyReturn({ early: true }, { skipTo: 'END' });\n}",
    );
    expect(resolver.request({ args: { stop: true } })).toMatchObject({
      status: 'error',
      error: { message: 'Stopped', errorType: 'MyType', data: { x: 1 }, errorInfo: { y: 2 } },
    });
    expect(resolver.request({ args: {} })).toMatchObject({ status: 'earlyReturn', value: { early: true }, skipTo: 'END' });
  });
});

describe('esbuild bundles', () => {
  it('loads a TypeScript resolver bundled by esbuild, helpers inlined, AppSync modules external', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaluator-bundle-'));
    writeFileSync(join(dir, 'helpers.ts'), [
      'export const keyOf = (id: string) => ({ pk: `ITEM#${id}`, sk: "META" });',
      'export function total(items: { qty?: number }[]): number {',
      '  let sum = 0;',
      '  for (const item of items) sum += item?.qty ?? 0;',
      '  return sum;',
      '}',
    ].join('\n'));
    writeFileSync(join(dir, 'resolver.ts'), [
      "import { util, type Context } from '@aws-appsync/utils';",
      "import * as ddb from '@aws-appsync/utils/dynamodb';",
      "import { keyOf, total } from './helpers';",
      'type Args = { id: string; items?: { qty?: number }[] };',
      'export function request(ctx: Context<Args>) {',
      '  const { id, ...rest } = ctx.args;',
      '  return { operation: "GetItem", key: keyOf(id), extra: { ...rest, total: total(rest.items ?? []) }, ddb: typeof ddb };',
      '}',
      'export function response(ctx: Context) {',
      '  if (ctx.error) util.error(ctx.error.message, ctx.error.type);',
      '  return ctx.result;',
      '}',
    ].join('\n'));
    const result = await build({
      entryPoints: [join(dir, 'resolver.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'esnext',
      external: ['@aws-appsync/utils', '@aws-appsync/utils/dynamodb'],
    });
    const code = result.outputFiles[0].text;
    const resolver = loadResolver(code);
    expect(resolver.request({ args: { id: '1', items: [{ qty: 2 }, {}] } }).value).toEqual({
      operation: 'GetItem',
      key: { pk: 'ITEM#1', sk: 'META' },
      extra: { items: [{ qty: 2 }, {}], total: 2 },
      ddb: 'object',
    });
  });
});

describe('shared objects', () => {
  it('does not let a handler rewire util or the dynamodb module for the next one', () => {
    const writer = loadResolver(
      "import * as ddb from '@aws-appsync/utils/dynamodb';\nexport function request(ctx) {\n  util.error = () => 'hijacked';\n  return 1;\n}\nexport function response() {\n  ddb.get = 1;\n  return 1;\n}",
    );
    expect(writer.request({}).error?.message).toMatch(/^code\.js:3:\d+: TypeError: Cannot assign to read only property 'error'/);
    expect(writer.response({}).error?.message).toMatch(/^code\.js:7:\d+: TypeError: Cannot assign to read only property 'get'/);
    const reader = loadResolver("export function request() { util.error('still real', 'Real'); }");
    expect(reader.request({}).error).toEqual({ message: 'still real', errorType: 'Real' });
  });
});

describe('locations survive the module rewrite', () => {
  it('keeps lines and columns after multi-line imports and esbuild-style export lists', () => {
    const code = [
      'import {',
      '  util,',
      '  runtime',
      "} from '@aws-appsync/utils';",
      'function request(ctx) {',
      '  console.info("at line 6");',
      '  return ctx.args.a.b;',
      '}',
      'export {',
      '  request',
      '};',
    ].join('\n');
    const outcome = loadResolver(code).request({ args: {} });
    expect(outcome.logs).toEqual(['INFO - code.js:6:3: "at line 6"']);
    expect(outcome.error?.message).toBe("code.js:7:21: TypeError: Cannot read properties of undefined (reading 'b')");
  });
});
