/**
 * Unit resolver execution: request -> data source -> response.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-overview-js.html
 */
import { describe, expect, it } from 'vitest';
import { executeResolver } from '../../../../infra/local/runtime/engine/index';
import { createNoneDataSource } from '../../../../infra/local/datasources/none';
import { cognitoIdentity } from '../../../../infra/local/runtime/context';
import { code, recordingDataSource } from './engine.fixtures';

describe('unit resolver', () => {
  it('runs request, the data source with the request as JSON, then response', async () => {
    const ds = recordingDataSource(() => ({ result: { id: 'r1' } }));
    const resolver = code([
      'export function request(ctx) {',
      '  ctx.stash.seen = ctx.args.id;',
      '  return { operation: "GetItem", key: { id: ctx.args.id }, dropped: undefined };',
      '}',
      'export function response(ctx) { return { ...ctx.result, stash: ctx.stash.seen, field: ctx.info.fieldName }; }',
    ]);
    const result = await executeResolver(
      { kind: 'UNIT', code: resolver, dataSource: ds },
      { arguments: { id: 'r1' }, info: { fieldName: 'getItem', parentTypeName: 'Query' } },
    );
    expect(ds.calls).toEqual([{ operation: 'GetItem', key: { id: 'r1' } }]);
    expect(result).toMatchObject({ data: { id: 'r1', stash: 'r1', field: 'getItem' }, errors: [], stash: { seen: 'r1' } });
  });

  it('NONE data source passes the payload through', async () => {
    const resolver = code([
      'export function request(ctx) { return { payload: { echoed: ctx.args.value } }; }',
      'export function response(ctx) { return ctx.result; }',
    ]);
    const result = await executeResolver({ kind: 'UNIT', code: resolver, dataSource: createNoneDataSource() }, { arguments: { value: 3 } });
    expect(result.data).toEqual({ echoed: 3 });
  });

  it('NONE data source answers null when the request has no payload', async () => {
    const resolver = code(['export function request() { return {}; }', 'export function response(ctx) { return { result: ctx.result }; }']);
    const result = await executeResolver({ kind: 'UNIT', code: resolver, dataSource: createNoneDataSource() });
    expect(result.data).toEqual({ result: null });
  });

  // https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html: the response handler is
  // "never called because request returned early".
  it('earlyReturn in the request skips the data source and the response', async () => {
    const ds = recordingDataSource();
    const resolver = code([
      "export function request(ctx) { runtime.earlyReturn({ hello: 'world' }); return ctx.args; }",
      'export function response(ctx) { return "response ran"; }',
    ]);
    const result = await executeResolver({ kind: 'UNIT', code: resolver, dataSource: ds });
    expect(ds.calls).toEqual([]);
    expect(result.data).toEqual({ hello: 'world' });
  });

  it('util.error in the request stops before the data source; appended errors are kept', async () => {
    const ds = recordingDataSource();
    const resolver = code([
      "export function request(ctx) { util.appendError('first'); util.error('Denied', 'Custom', { a: 1 }); }",
      'export function response(ctx) { return 1; }',
    ]);
    const result = await executeResolver({ kind: 'UNIT', code: resolver, dataSource: ds });
    expect(ds.calls).toEqual([]);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([{ message: 'first' }, { message: 'Denied', errorType: 'Custom', data: { a: 1 } }]);
    expect(result.stopError).toEqual({ message: 'Denied', errorType: 'Custom', data: { a: 1 } });
  });

  it('appendError does not stop: the field keeps its value', async () => {
    const resolver = code([
      "export function request(ctx) { util.appendError('in request', 'Warn'); return { payload: 1 }; }",
      "export function response(ctx) { util.appendError('in response'); return ctx.result + 1; }",
    ]);
    const result = await executeResolver({ kind: 'UNIT', code: resolver, dataSource: createNoneDataSource() });
    expect(result.data).toBe(2);
    expect(result.errors).toEqual([{ message: 'in request', errorType: 'Warn' }, { message: 'in response' }]);
    expect(result.stopError).toBeUndefined();
  });

  describe('data source errors', () => {
    const failing = () =>
      recordingDataSource(() => ({ error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' } }));

    it('set ctx.error and reach the client only when the response raises them', async () => {
      const silent = code([
        'export function request(ctx) { return { operation: "PutItem" }; }',
        'export function response(ctx) { return { seen: ctx.error, result: ctx.result }; }',
      ]);
      const quiet = await executeResolver({ kind: 'UNIT', code: silent, dataSource: failing() });
      expect(quiet.errors).toEqual([]);
      expect(quiet.data).toEqual({
        seen: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' },
        result: null,
      });
      const raising = code([
        'export function request(ctx) { return { operation: "PutItem" }; }',
        'export function response(ctx) { if (ctx.error) { util.error(ctx.error.message, ctx.error.type); } return ctx.result; }',
      ]);
      const loud = await executeResolver({ kind: 'UNIT', code: raising, dataSource: failing() });
      expect(loud.data).toBeNull();
      expect(loud.errors).toEqual([{ message: 'The conditional request failed', errorType: 'DynamoDB:ConditionalCheckFailedException' }]);
    });

    it('a data source that throws becomes ctx.error, not a crash', async () => {
      const throwing = recordingDataSource(() => {
        throw new Error('socket closed');
      });
      const resolver = code(['export function request() { return {}; }', 'export function response(ctx) { return ctx.error; }']);
      const result = await executeResolver({ kind: 'UNIT', code: resolver, dataSource: throwing });
      expect(result.data).toEqual({ message: 'socket closed', type: 'InternalFailure' });
    });
  });

  // AppSync reports a timed-out data source as ctx.error {message: "Execution timed out.",
  // type: "Lambda:ExecutionTimeoutException"} (https://github.com/aws/aws-appsync-community/issues/386).
  it('abandons a data source call that outlives the time limit with AppSync\'s timeout ctx.error', async () => {
    const slow = { ...recordingDataSource(() => new Promise((resolve) => setTimeout(() => resolve({ result: 1 }), 2_000))), type: 'AWS_LAMBDA' as const };
    const raising = code([
      'export function request() { return { operation: "Invoke" }; }',
      'export function response(ctx) { if (ctx.error) { util.error(ctx.error.message, ctx.error.type); } return ctx.result; }',
    ]);
    const result = await executeResolver({ kind: 'UNIT', code: raising, dataSource: slow }, { timeoutMs: 50 });
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([{ message: 'Execution timed out.', errorType: 'Lambda:ExecutionTimeoutException' }]);
    const silent = code(['export function request() { return {}; }', 'export function response(ctx) { return { handled: ctx.error.type }; }']);
    const quiet = await executeResolver({ kind: 'UNIT', code: silent, dataSource: slow }, { timeoutMs: 50 });
    expect(quiet).toMatchObject({ data: { handled: 'Lambda:ExecutionTimeoutException' }, errors: [] });
  });

  it('reports code AppSync would refuse as a field error', async () => {
    const result = await executeResolver({
      kind: 'UNIT',
      code: 'export function request(ctx) {\n  while (true) {}\n}',
      dataSource: createNoneDataSource(),
    });
    expect(result.data).toBeNull();
    expect(result.errors[0].errorType).toBe('CodeLoadError');
    expect(result.errors[0].message).toContain('code.js:2:3: While statements are not supported. [no-while]');
  });

  it('gives handlers the identity, request headers, env and source of the field', async () => {
    const resolver = code([
      'export function request(ctx) {',
      '  return { payload: { sub: ctx.identity.sub, groups: ctx.identity.groups, host: ctx.request.headers.host,',
      '    domain: ctx.request.domainName, stage: ctx.env.STAGE, parent: ctx.source.id, selection: ctx.info.selectionSetList } };',
      '}',
      'export function response(ctx) { return ctx.result; }',
    ]);
    const result = await executeResolver(
      { kind: 'UNIT', code: resolver, dataSource: createNoneDataSource() },
      {
        identity: cognitoIdentity({ sub: 'u1', iss: 'https://issuer', 'cognito:username': 'ann', 'cognito:groups': ['CUSTOMER'] }),
        request: { headers: { host: 'localhost' } },
        env: { STAGE: 'local' },
        source: { id: 'parent-1' },
        info: { fieldName: 'f', parentTypeName: 'T', selectionSetList: ['id', 'name'] },
      },
    );
    expect(result.data).toEqual({
      sub: 'u1', groups: ['CUSTOMER'], host: 'localhost', domain: null, stage: 'local', parent: 'parent-1', selection: ['id', 'name'],
    });
  });

  it('collects logs and extensions calls of both handlers', async () => {
    const resolver = code([
      'export function request(ctx) { console.log("req"); return { payload: null }; }',
      'export function response(ctx) { extensions.setSubscriptionFilter({ filter: { a: { eq: 1 } } }); console.log("res"); return null; }',
    ]);
    const result = await executeResolver({ kind: 'UNIT', code: resolver, dataSource: createNoneDataSource() });
    expect(result.logs).toEqual(['INFO - code.js:1:32: "req"', 'INFO - code.js:2:97: "res"']);
    expect(result.extensionsCalls).toEqual([{ kind: 'setSubscriptionFilter', filter: { filter: { a: { eq: 1 } } } }]);
  });
});
