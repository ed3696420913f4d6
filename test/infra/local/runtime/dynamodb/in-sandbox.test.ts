/**
 * util.dynamodb, util.transform and '@aws-appsync/utils/dynamodb' called from resolver code in the
 * APPSYNC_JS realm (through the local EvaluateCode), where inputs are objects of another realm.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCode } from '../../../../../infra/local/runtime/evaluate-code';

async function evaluate(code: string, args: Record<string, unknown> = {}) {
  const out = await evaluateCode({ code, context: { arguments: args }, function: 'request' });
  return { ...out, result: out.evaluationResult === undefined ? undefined : JSON.parse(out.evaluationResult) };
}

describe('DynamoDB helpers inside the APPSYNC_JS realm', () => {
  it('util.dynamodb.toMapValues and util.transform work on sandbox objects', async () => {
    const out = await evaluate(`
      import { util } from '@aws-appsync/utils';
      export function request(ctx) {
        return {
          operation: 'Scan',
          key: util.dynamodb.toMapValues({ id: ctx.args.id, n: 12345 }),
          filter: JSON.parse(util.transform.toDynamoDBFilterExpression({ title: { beginsWith: 'far away' } })),
        };
      }
      export function response(ctx) { return ctx.result; }
    `, { id: 'a1' });
    expect(out.error).toBeUndefined();
    expect(out.result).toEqual({
      operation: 'Scan',
      key: { id: { S: 'a1' }, n: { N: 12345 } },
      filter: { expression: '(begins_with(#title,:title_beginsWith))', expressionNames: { '#title': 'title' }, expressionValues: { ':title_beginsWith': { S: 'far away' } } },
    });
  });

  it('the dynamodb module builds an update with operations', async () => {
    const out = await evaluate(`
      import { update, operations } from '@aws-appsync/utils/dynamodb';
      export function request(ctx) {
        return update({ key: { id: 1 }, update: { friendsCount: operations.increment(10), tags: operations.append(['x']) } });
      }
      export function response(ctx) { return ctx.result; }
    `);
    expect(out.error).toBeUndefined();
    expect(out.result.update.expression).toBe('SET #friendsCount = #friendsCount + :friendsCount_increment, #tags = list_append(#tags, :tags_append)');
  });

  it('bad input to a helper is reported as an evaluation error, not a crash', async () => {
    const out = await evaluate(`
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) { return ddb.get({}); }
      export function response(ctx) { return ctx.result; }
    `);
    expect(out.error?.message).toMatch(/get needs a key/);
  });
});
