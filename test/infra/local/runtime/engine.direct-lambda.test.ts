/**
 * Direct Lambda resolvers: no code; the function gets the whole context, its answer is the field's value.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-mapping-template-reference-lambda.html#direct-lambda-resolvers
 */
import { describe, expect, it } from 'vitest';
import { executeResolver } from '../../../../infra/local/runtime/engine/index';
import { createLambdaDataSource } from '../../../../infra/local/datasources/lambda';
import { cognitoIdentity } from '../../../../infra/local/runtime/context';

describe('direct Lambda resolver', () => {
  it('invokes the function with the context object and returns its answer', async () => {
    const events: unknown[] = [];
    const dataSource = createLambdaDataSource({ name: 'fn', handler: (event) => (events.push(event), { ok: true }) });
    const identity = cognitoIdentity({ sub: 'u-1', iss: 'https://issuer' });
    const result = await executeResolver(
      { kind: 'DIRECT_LAMBDA', dataSource, batch: false },
      {
        arguments: { id: 'n1' },
        identity,
        source: { parent: 1 },
        info: { fieldName: 'getNote', parentTypeName: 'Query', selectionSetList: ['id'], selectionSetGraphQL: '{\n  id\n}', variables: { id: 'n1' } },
        request: { headers: { 'x-test': 'yes' }, domainName: null },
      },
    );
    expect(result).toMatchObject({ data: { ok: true }, errors: [] });
    expect(events).toEqual([
      {
        arguments: { id: 'n1' },
        identity: JSON.parse(JSON.stringify(identity)),
        source: { parent: 1 },
        request: { headers: { 'x-test': 'yes' }, domainName: null },
        info: { fieldName: 'getNote', parentTypeName: 'Query', selectionSetList: ['id'], selectionSetGraphQL: '{\n  id\n}', variables: { id: 'n1' } },
        prev: null,
        stash: {},
      },
    ]);
  });

  it('a thrown error becomes the field error, as the default response template raises ctx.error', async () => {
    const dataSource = createLambdaDataSource({ name: 'fn', handler: () => { throw new Error('no such note'); } });
    const result = await executeResolver({ kind: 'DIRECT_LAMBDA', dataSource, batch: false });
    expect(result.data).toBeNull();
    expect(result.stopError).toEqual({ message: 'no such note', errorType: 'Lambda:Unhandled' });
  });

  it('with a maxBatchSize, fields resolved together reach the function as one list of contexts', async () => {
    const batches: unknown[][] = [];
    const dataSource = createLambdaDataSource({
      name: 'fn',
      maxBatchSize: 10,
      handler: (events) => {
        batches.push(events as unknown[]);
        return (events as { source: { n: number } }[]).map((e) => (e.source.n === 2 ? { data: null, errorMessage: 'two is refused', errorType: 'Refused' } : { data: e.source.n * 10 }));
      },
    });
    const results = await Promise.all([1, 2, 3].map((n) => executeResolver({ kind: 'DIRECT_LAMBDA', dataSource, batch: true }, { source: { n } })));
    expect(batches).toHaveLength(1);
    expect(batches[0].map((e) => (e as { source: unknown }).source)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(results.map((r) => r.data)).toEqual([10, null, 30]);
    expect(results[1].stopError).toEqual({ message: 'two is refused', errorType: 'Refused' });
  });
});
