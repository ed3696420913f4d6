/**
 * The ctx each handler sees, identity shapes of every auth mode, and isolation between concurrent
 * executions. https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 */
import { describe, expect, it } from 'vitest';
import { executeResolver } from '../../../../infra/local/runtime/engine/index';
import { createNoneDataSource } from '../../../../infra/local/datasources/none';
import {
  cognitoIdentity,
  iamIdentity,
  inferAuthType,
  lambdaIdentity,
  oidcIdentity,
} from '../../../../infra/local/runtime/context';
import { code, recordingDataSource } from './engine.fixtures';

const ECHO_CTX = code([
  'export function request(ctx) { return { payload: { keys: Object.keys(ctx).sort(), authType: util.authType(), identity: ctx.identity, info: ctx.info } }; }',
  'export function response(ctx) { return ctx.result; }',
]);

describe('handler context', () => {
  it('has every documented field, arguments aliased as args', async () => {
    const result = await executeResolver(
      { kind: 'UNIT', code: ECHO_CTX, dataSource: createNoneDataSource() },
      {
        arguments: { id: 1 },
        info: {
          fieldName: 'getOrder',
          parentTypeName: 'Query',
          variables: { id: 1 },
          selectionSetList: ['id', 'items', 'items/sku'],
          selectionSetGraphQL: '{\n  id\n  items {\n    sku\n  }\n}',
        },
      },
    );
    const data = result.data as { keys: string[]; info: unknown; identity: unknown; authType: string };
    expect(data.keys).toEqual(['args', 'arguments', 'env', 'identity', 'info', 'request', 'source', 'stash']);
    expect(data.info).toEqual({
      fieldName: 'getOrder',
      parentTypeName: 'Query',
      variables: { id: 1 },
      selectionSetList: ['id', 'items', 'items/sku'],
      selectionSetGraphQL: '{\n  id\n  items {\n    sku\n  }\n}',
    });
    expect(data.identity).toBeNull();
    expect(data.authType).toBe('API Key Authorization');
  });

  it('does not let a handler replace ctx fields for the next handler, but shares the stash', async () => {
    const resolver = code([
      'export function request(ctx) { ctx.args = { replaced: true }; ctx.stash.kept = true; return { payload: null }; }',
      'export function response(ctx) { return { args: ctx.args, stash: ctx.stash }; }',
    ]);
    const result = await executeResolver({ kind: 'UNIT', code: resolver, dataSource: createNoneDataSource() }, { arguments: { id: 1 } });
    expect(result.data).toEqual({ args: { id: 1 }, stash: { kept: true } });
  });
});

describe('identity per auth mode', () => {
  const cases = [
    {
      mode: 'User Pool Authorization',
      identity: cognitoIdentity({ sub: 's1', iss: 'https://cognito-idp.eu-west-2.amazonaws.com/pool', 'cognito:username': 'ann', 'cognito:groups': ['admin'] }, ['1.2.3.4']),
      expected: {
        sub: 's1',
        issuer: 'https://cognito-idp.eu-west-2.amazonaws.com/pool',
        username: 'ann',
        claims: { sub: 's1', iss: 'https://cognito-idp.eu-west-2.amazonaws.com/pool', 'cognito:username': 'ann', 'cognito:groups': ['admin'] },
        sourceIp: ['1.2.3.4'],
        defaultAuthStrategy: 'ALLOW',
        groups: ['admin'],
      },
    },
    {
      mode: 'Open ID Connect Authorization',
      identity: oidcIdentity({ sub: 'o1', iss: 'https://issuer.example' }),
      expected: { sub: 'o1', issuer: 'https://issuer.example', claims: { sub: 'o1', iss: 'https://issuer.example' } },
    },
    {
      mode: 'IAM Authorization',
      identity: iamIdentity({ accountId: '123456789012', userArn: 'arn:aws:iam::123456789012:user/backend' }),
      expected: {
        accountId: '123456789012',
        userArn: 'arn:aws:iam::123456789012:user/backend',
        username: 'arn:aws:iam::123456789012:user/backend',
        cognitoIdentityPoolId: '',
        cognitoIdentityId: '',
        sourceIp: [],
        cognitoIdentityAuthType: '',
        cognitoIdentityAuthProvider: '',
      },
    },
    {
      mode: 'Lambda Authorization',
      identity: lambdaIdentity({ projectId: 'p1' }),
      expected: { resolverContext: { projectId: 'p1' } },
    },
  ] as const;

  it.each(cases)('$mode: shape and util.authType()', async ({ mode, identity, expected }) => {
    expect(identity).toEqual(expected);
    expect(inferAuthType(identity)).toBe(mode);
    const result = await executeResolver({ kind: 'UNIT', code: ECHO_CTX, dataSource: createNoneDataSource() }, { identity });
    expect(result.data).toMatchObject({ authType: mode, identity: expected });
  });
});

describe('concurrent executions', () => {
  it('keep their logs, errors and stash apart while their data sources interleave', async () => {
    const resolver = code([
      'export function request(ctx) { console.log(ctx.args.n); util.appendError("e" + ctx.args.n); ctx.stash.n = ctx.args.n; return { payload: ctx.args.n }; }',
      'export function response(ctx) { console.log(ctx.result); return ctx.stash.n; }',
    ]);
    const delayed = recordingDataSource(
      (request) => new Promise((resolve) => setTimeout(() => resolve({ result: (request as { payload: number }).payload }), (request as { payload: number }).payload)),
    );
    const runs = await Promise.all([30, 1, 15].map((n) => executeResolver({ kind: 'UNIT', code: resolver, dataSource: delayed }, { arguments: { n } })));
    for (const [i, n] of [30, 1, 15].entries()) {
      expect(runs[i].data).toBe(n);
      expect(runs[i].errors).toEqual([{ message: `e${n}` }]);
      expect(runs[i].logs.map((line) => line.split(': ')[1])).toEqual([String(n), String(n)]);
      expect(runs[i].stash).toEqual({ n });
    }
  });
});
