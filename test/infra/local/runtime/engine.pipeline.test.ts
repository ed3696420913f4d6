/**
 * Pipeline resolver execution and earlyReturn in every position.
 * https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html (earlyReturn, skipTo)
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-overview-js.html (pipelines, stash, prev.result)
 */
import { describe, expect, it } from 'vitest';
import { executeResolver, type FunctionDefinition } from '../../../../infra/local/runtime/engine/index';
import { createNoneDataSource } from '../../../../infra/local/datasources/none';
import { code, recordingDataSource, type RecordingDataSource } from './engine.fixtures';

/** The pipeline's own handlers: record the order in the stash, return prev.result at the end. */
const INDEX = code([
  'export function request(ctx) { ctx.stash.trace = ["before"]; return { from: "before" }; }',
  'export function response(ctx) { ctx.stash.trace.push("after"); return { last: ctx.prev.result, trace: ctx.stash.trace }; }',
]);

/** A function that sends `{ payload: { name, prev } }` and returns `name:<result>`. */
function step(name: string, requestBody = '', responseBody = ''): string {
  return code([
    'export function request(ctx) {',
    `  ctx.stash.trace.push("${name}.request");`,
    `  ${requestBody}`,
    `  return { payload: { name: "${name}", prev: ctx.prev.result } };`,
    '}',
    'export function response(ctx) {',
    `  ctx.stash.trace.push("${name}.response");`,
    `  ${responseBody}`,
    '  return ctx.result;',
    '}',
  ]);
}

function fn(name: string, source: string, dataSource: RecordingDataSource = recordingDataSource((r) => ({ result: (r as { payload: unknown }).payload }))): FunctionDefinition & { dataSource: RecordingDataSource } {
  return { name, code: source, dataSource };
}

async function pipeline(functions: FunctionDefinition[], index = INDEX) {
  return executeResolver({ kind: 'PIPELINE', code: index, functions }, { arguments: { id: 1 } });
}

describe('pipeline resolver', () => {
  it('chains ctx.prev.result through before, every function and after, with one stash', async () => {
    const f1 = fn('f1', step('f1'));
    const f2 = fn('f2', step('f2'));
    const result = await pipeline([f1, f2]);
    expect(f1.dataSource.calls).toEqual([{ payload: { name: 'f1', prev: { from: 'before' } } }]);
    expect(f2.dataSource.calls).toEqual([{ payload: { name: 'f2', prev: { name: 'f1', prev: { from: 'before' } } } }]);
    expect(result.data).toEqual({
      last: { name: 'f2', prev: { name: 'f1', prev: { from: 'before' } } },
      trace: ['before', 'f1.request', 'f1.response', 'f2.request', 'f2.response', 'after'],
    });
    expect(result.errors).toEqual([]);
  });

  it('earlyReturn in a function request skips its data source and response; the next function runs', async () => {
    const f1 = fn('f1', step('f1', 'runtime.earlyReturn("skipped f1");'));
    const f2 = fn('f2', step('f2'));
    const result = await pipeline([f1, f2]);
    expect(f1.dataSource.calls).toEqual([]);
    expect(f2.dataSource.calls).toEqual([{ payload: { name: 'f2', prev: 'skipped f1' } }]);
    expect((result.data as { trace: string[] }).trace).toEqual(['before', 'f1.request', 'f2.request', 'f2.response', 'after']);
  });

  it("earlyReturn with skipTo 'NEXT' in a function request behaves as the default", async () => {
    const f1 = fn('f1', step('f1', 'runtime.earlyReturn("n", { skipTo: "NEXT" });'));
    const f2 = fn('f2', step('f2'));
    const result = await pipeline([f1, f2]);
    expect(f2.dataSource.calls).toEqual([{ payload: { name: 'f2', prev: 'n' } }]);
    expect((result.data as { last: unknown }).last).toEqual({ name: 'f2', prev: 'n' });
  });

  it("earlyReturn with skipTo 'END' in a function request goes straight to the after handler", async () => {
    const f1 = fn('f1', step('f1', 'runtime.earlyReturn({ done: true }, { skipTo: "END" });'));
    const f2 = fn('f2', step('f2'));
    const result = await pipeline([f1, f2]);
    expect(f1.dataSource.calls).toEqual([]);
    expect(f2.dataSource.calls).toEqual([]);
    expect(result.data).toEqual({ last: { done: true }, trace: ['before', 'f1.request', 'after'] });
  });

  it('earlyReturn in the pipeline request skips every function; the after handler gets the value', async () => {
    const index = code([
      'export function request(ctx) { ctx.stash.trace = ["before"]; runtime.earlyReturn({ cached: 1 }); }',
      'export function response(ctx) { ctx.stash.trace.push("after"); return { last: ctx.prev.result, trace: ctx.stash.trace }; }',
    ]);
    const f1 = fn('f1', step('f1'));
    const result = await pipeline([f1], index);
    expect(f1.dataSource.calls).toEqual([]);
    expect(result.data).toEqual({ last: { cached: 1 }, trace: ['before', 'after'] });
  });

  it("earlyReturn with skipTo 'NEXT' in the pipeline request goes on to the first function", async () => {
    const index = code([
      'export function request(ctx) { ctx.stash.trace = ["before"]; runtime.earlyReturn("seed", { skipTo: "NEXT" }); }',
      'export function response(ctx) { return ctx.prev.result; }',
    ]);
    const f1 = fn('f1', step('f1'));
    const result = await pipeline([f1], index);
    expect(f1.dataSource.calls).toEqual([{ payload: { name: 'f1', prev: 'seed' } }]);
    expect(result.data).toEqual({ name: 'f1', prev: 'seed' });
  });

  it('earlyReturn in a function response makes the value its result; END also skips the rest', async () => {
    const f1 = fn('f1', step('f1', '', 'runtime.earlyReturn("r1");'));
    const f2 = fn('f2', step('f2', '', 'runtime.earlyReturn("r2", { skipTo: "END" });'));
    const f3 = fn('f3', step('f3'));
    const result = await pipeline([f1, f2, f3]);
    expect(f2.dataSource.calls).toEqual([{ payload: { name: 'f2', prev: 'r1' } }]);
    expect(f3.dataSource.calls).toEqual([]);
    expect(result.data).toEqual({
      last: 'r2',
      trace: ['before', 'f1.request', 'f1.response', 'f2.request', 'f2.response', 'after'],
    });
  });

  it('earlyReturn in the after handler is the field value', async () => {
    const index = code([
      'export function request(ctx) { ctx.stash.trace = []; return {}; }',
      'export function response(ctx) { runtime.earlyReturn("final"); return "not this"; }',
    ]);
    const result = await pipeline([fn('f1', step('f1'))], index);
    expect(result.data).toBe('final');
  });

  it('util.error in a function stops the pipeline: later functions and the after handler do not run', async () => {
    const f1 = fn('f1', step('f1', 'util.appendError("kept");'));
    const f2 = fn('f2', step('f2', 'util.error("Stop here", "Stopped");'));
    const f3 = fn('f3', step('f3'));
    const result = await pipeline([f1, f2, f3]);
    expect(f2.dataSource.calls).toEqual([]);
    expect(f3.dataSource.calls).toEqual([]);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([{ message: 'kept' }, { message: 'Stop here', errorType: 'Stopped' }]);
    expect(result.stash.trace).toEqual(['before', 'f1.request', 'f1.response', 'f2.request']);
  });

  it('util.appendError in functions does not stop the pipeline', async () => {
    const f1 = fn('f1', step('f1', 'util.appendError("a1");', 'util.appendError("a2");'));
    const f2 = fn('f2', step('f2'));
    const result = await pipeline([f1, f2]);
    expect((result.data as { last: unknown }).last).toEqual({ name: 'f2', prev: { name: 'f1', prev: { from: 'before' } } });
    expect(result.errors).toEqual([{ message: 'a1' }, { message: 'a2' }]);
  });

  it('an exception in a function stops the pipeline with a located error', async () => {
    const f1 = fn('f1', code(['export function request(ctx) {', '  return ctx.args.nothing.deeper;', '}', 'export function response(ctx) { return 1; }']));
    const result = await pipeline([f1]);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      { message: "code.js:2:27: TypeError: Cannot read properties of undefined (reading 'deeper')", errorType: 'Code' },
    ]);
  });

  it('ctx.error belongs to the function whose data source failed', async () => {
    const failing = recordingDataSource(() => ({ error: { message: 'boom', type: 'DynamoDB:ResourceNotFoundException' } }));
    const f1 = fn('f1', code(['export function request() { return {}; }', 'export function response(ctx) { return { e1: ctx.error }; }']), failing);
    const f2 = fn('f2', code(['export function request() { return { payload: 2 }; }', 'export function response(ctx) { return { e2: ctx.error ?? null, prev: ctx.prev.result }; }']));
    const index = code(['export function request() { return {}; }', 'export function response(ctx) { return ctx.prev.result; }']);
    const result = await pipeline([f1, f2], index);
    expect(result.data).toEqual({ e2: null, prev: { e1: { message: 'boom', type: 'DynamoDB:ResourceNotFoundException' } } });
    expect(result.errors).toEqual([]);
  });

  it('runs a pipeline on NONE data sources end to end', async () => {
    const index = code(['export function request(ctx) { return {}; }', 'export function response(ctx) { return ctx.prev.result; }']);
    const f1 = { name: 'double', code: code(['export function request(ctx) { return { payload: ctx.args.id * 2 }; }', 'export function response(ctx) { return ctx.result; }']), dataSource: createNoneDataSource() };
    const result = await executeResolver({ kind: 'PIPELINE', code: index, functions: [f1] }, { arguments: { id: 21 } });
    expect(result.data).toBe(42);
  });
});
