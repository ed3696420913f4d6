/**
 * Whole unit resolvers (APPSYNC_JS code, the local engine, the DynamoDB data source, DynamoDB Local):
 * what a resolver author sees in `ctx.result` / `ctx.error`, and what reaches the client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeResolver } from '../../../../../infra/local/runtime/engine/index';
import { createFixture, dataSource, type Fixture } from './tables';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture('e2e');
});
afterAll(async () => fx?.dispose());

const unit = (code: string, args: Record<string, unknown>, table = fx.posts) =>
  executeResolver({ kind: 'UNIT', code, dataSource: dataSource(fx, table) }, { arguments: args });

const createPost = `
  import { util } from '@aws-appsync/utils';
  import * as ddb from '@aws-appsync/utils/dynamodb';
  export function request(ctx) {
    const { id, ...item } = ctx.args;
    return ddb.put({ key: { id }, item, condition: { id: { attributeExists: false } } });
  }
  export function response(ctx) {
    if (ctx.error) util.error(ctx.error.message, ctx.error.type, ctx.result);
    return ctx.result;
  }`;

describe('unit resolvers on DynamoDB Local', () => {
  it('creates, reads and lists with the dynamodb module', async () => {
    expect((await unit(createPost, { id: 'r1', title: 'Hello', views: 3 })).data).toEqual({ id: 'r1', title: 'Hello', views: 3 });
    await unit(createPost, { id: 'r2', title: 'World', views: 7 });
    const got = await unit(`
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) { return ddb.get({ key: { id: ctx.args.id } }); }
      export function response(ctx) { return ctx.result; }`, { id: 'r2' });
    expect(got.data).toEqual({ id: 'r2', title: 'World', views: 7 });
    const listed = await unit(`
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) { return ddb.scan({ filter: { views: { gt: 5 } } }); }
      export function response(ctx) { return ctx.result.items; }`, {});
    expect(listed.data).toEqual([{ id: 'r2', title: 'World', views: 7 }]);
  });

  it('a rejected condition reaches the client only through util.error, with errorType DynamoDB:ConditionalCheckFailedException', async () => {
    const again = await unit(createPost, { id: 'r1', title: 'Other' });
    expect(again.data).toBeNull();
    expect(again.errors).toHaveLength(1);
    expect(again.errors[0]).toMatchObject({ errorType: 'DynamoDB:ConditionalCheckFailedException', data: { id: 'r1', title: 'Hello', views: 3 } });
  });

  it('an error the response handler ignores never reaches the client', async () => {
    const out = await unit(`
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) { return ddb.put({ key: { id: 'r1' }, item: { title: 'x' }, condition: { id: { attributeExists: false } } }); }
      export function response(ctx) { return { failed: ctx.error.type, current: ctx.result.title }; }`, {});
    expect(out.errors).toEqual([]);
    expect(out.data).toEqual({ failed: 'DynamoDB:ConditionalCheckFailedException', current: 'Hello' });
  });

  it('the condition-expressions page response handler: appendError with the current item', async () => {
    const out = await unit(`
      import { util } from '@aws-appsync/utils';
      export function request(ctx) {
        return {
          operation: 'UpdateItem',
          key: util.dynamodb.toMapValues({ id: ctx.args.id }),
          update: { expression: 'SET title = :t', expressionValues: util.dynamodb.toMapValues({ ':t': ctx.args.title }) },
          condition: { expression: '#views = :expected', expressionNames: { '#views': 'views' }, expressionValues: util.dynamodb.toMapValues({ ':expected': ctx.args.expectedViews }) },
        };
      }
      export function response(ctx) {
        const { views, ...values } = ctx.result;
        const result = { ...values, theViews: views };
        if (ctx.error) util.appendError(ctx.error.message, ctx.error.type, result, null);
        return result;
      }`, { id: 'r2', title: 'Changed', expectedViews: 1 });
    // The field value itself is the engine's business (the page shows "data": null); the error carries the item.
    expect(out.errors).toMatchObject([{ errorType: 'DynamoDB:ConditionalCheckFailedException', data: { id: 'r2', title: 'World', theViews: 7 } }]);
  });

  it('pages with nextToken from resolver to resolver', async () => {
    const page = `
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) { return ddb.scan({ limit: 1, nextToken: ctx.args.nextToken }); }
      export function response(ctx) { return { ids: ctx.result.items.map((i) => i.id), nextToken: ctx.result.nextToken }; }`;
    const ids: string[] = [];
    let nextToken: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const out = (await unit(page, nextToken ? { nextToken } : {})).data as { ids: string[]; nextToken: string | null };
      ids.push(...out.ids);
      nextToken = out.nextToken;
      if (!nextToken) break;
    }
    expect(ids.sort()).toEqual(['r1', 'r2']);
    expect(nextToken).toBeNull();
  });

  it('a transaction cancelled with reasons, seen from the response handler', async () => {
    const out = await unit(`
      import { util } from '@aws-appsync/utils';
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) {
        return ddb.transactWrite({ items: [
          { conditionCheck: { table: ctx.args.posts, key: { id: 'r1' }, condition: { views: { gt: 100 } } } },
          { putItem: { table: ctx.args.posts, key: { id: 'r9' }, item: { title: 'never' } } },
        ] });
      }
      export function response(ctx) {
        if (ctx.error) return { type: ctx.error.type, reasons: ctx.result.cancellationReasons.map((r) => r.type), keys: ctx.result.keys };
        return ctx.result;
      }`, { posts: fx.posts });
    expect(out.data).toEqual({ type: 'DynamoDB:TransactionCanceledException', reasons: ['ConditionCheckFailed', 'None'], keys: null });
  });
});
