/**
 * VTL unit resolvers, run by the Amplify simulator's Velocity engine behind the same unit engine as APPSYNC_JS.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-mapping-template-reference-overview.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-util-reference.html
 */
import { describe, expect, it } from 'vitest';
import { executeResolver } from '../../../../infra/local/runtime/engine/index';
import { cognitoIdentity, lambdaIdentity } from '../../../../infra/local/runtime/context';
import { recordingDataSource } from './engine.fixtures';

const GET_ITEM = '{ "version": "2018-05-29", "operation": "GetItem", "key": { "id": $util.dynamodb.toDynamoDBJson($ctx.args.id) } }';
const RAISE_OR_RESULT = '#if($ctx.error) $util.error($ctx.error.message, $ctx.error.type) #end $util.toJson($ctx.result)';

function vtl(requestTemplate: string, responseTemplate: string, dataSource = recordingDataSource()) {
  return { kind: 'VTL' as const, requestTemplate, responseTemplate, dataSource };
}

describe('VTL unit resolver', () => {
  it('renders the request as JSON for the data source and the response from its result', async () => {
    const ds = recordingDataSource(() => ({ result: { id: 'n1', text: 'hello', count: 3 } }));
    const result = await executeResolver(vtl(GET_ITEM, RAISE_OR_RESULT, ds), { arguments: { id: 'n1' } });
    expect(ds.calls).toEqual([{ version: '2018-05-29', operation: 'GetItem', key: { id: { S: 'n1' } } }]);
    expect(result).toMatchObject({ data: { id: 'n1', text: 'hello', count: 3 }, errors: [] });
  });

  it('raises a data source error from the response template with its type', async () => {
    const ds = recordingDataSource(() => ({ error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' } }));
    const result = await executeResolver(vtl(GET_ITEM, RAISE_OR_RESULT, ds), { arguments: { id: 'n1' } });
    expect(result.data).toBeNull();
    expect(result.stopError).toEqual({ message: 'The conditional request failed', errorType: 'DynamoDB:ConditionalCheckFailedException' });
  });

  it('$util.error stops with message, type and data; $util.appendError only adds', async () => {
    const request = '$util.appendError("first", "Warn") $util.error("no entry", "Forbidden", { "id": "n1" }, { "hint": "ask" }) {}';
    const ds = recordingDataSource();
    const result = await executeResolver(vtl(request, RAISE_OR_RESULT, ds), { info: { fieldName: 'getNote', selectionSetList: ['id'] } });
    expect(ds.calls).toEqual([]);
    expect(result.errors).toEqual([
      { message: 'first', errorType: 'Warn' },
      { message: 'no entry', errorType: 'Forbidden', data: { id: 'n1' }, errorInfo: { hint: 'ask' } },
    ]);
    expect(result.stopError?.errorType).toBe('Forbidden');
  });

  it('#return in the request skips the data source and the response', async () => {
    const ds = recordingDataSource();
    const result = await executeResolver(vtl('#return({ "cached": true })', '$util.toJson("never")', ds));
    expect(ds.calls).toEqual([]);
    expect(result.data).toEqual({ cached: true });
  });

  it('sees AppSync identity for every auth mode, the stash, info and the auth type', async () => {
    const request = '$util.qr($ctx.stash.put("who", $ctx.identity.sub)) { "payload": { "sub": "$ctx.identity.sub", "groups": $util.toJson($ctx.identity.groups), "field": "$ctx.info.fieldName", "auth": "$util.authType()" } }';
    const response = '{ "seen": $util.toJson($ctx.result), "stash": "$ctx.stash.who" }';
    const identity = cognitoIdentity({ sub: 'u-1', iss: 'https://issuer', 'cognito:groups': ['admin'] });
    const result = await executeResolver(vtl(request, response, recordingDataSource((r) => ({ result: (r as { payload: unknown }).payload }))), {
      identity,
      authType: 'User Pool Authorization',
      info: { fieldName: 'whoami', parentTypeName: 'Query' },
    });
    expect(result.data).toEqual({ seen: { sub: 'u-1', groups: ['admin'], field: 'whoami', auth: 'User Pool Authorization' }, stash: 'u-1' });
    expect(result.stash).toEqual({ who: 'u-1' });

    const lambda = await executeResolver(vtl('{ "payload": $util.toJson($ctx.identity.resolverContext) }', '$util.toJson($ctx.result)', recordingDataSource((r) => ({ result: (r as { payload: unknown }).payload }))), {
      identity: lambdaIdentity({ tenant: 't-9' }),
    });
    expect(lambda.data).toEqual({ tenant: 't-9' });
  });

  it('refuses a request that does not render to JSON with errorType MappingTemplate', async () => {
    const ds = recordingDataSource();
    const result = await executeResolver(vtl('not json at all', RAISE_OR_RESULT, ds));
    expect(ds.calls).toEqual([]);
    expect(result.stopError?.errorType).toBe('MappingTemplate');
  });
});
