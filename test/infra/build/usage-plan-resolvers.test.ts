/**
 * The repo's first resolvers (seed 000 usage plans), built as for deployment and run in the local APPSYNC_JS
 * evaluator: the requests they send to DynamoDB and how they shape results and errors.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildResolvers, type BuiltResolver } from '../../../infra/build';
import { loadResolver } from '../../../infra/local/runtime/evaluator/index';
import { REPO } from './fixtures';
import { builtCode } from '../../support/built-code';

let resolvers: BuiltResolver[] = [];
beforeAll(async () => {
  ({ resolvers } = await buildResolvers({ schemaDir: path.join(REPO, 'schema'), resolversDir: path.join(REPO, 'resolvers') }));
});

function load(name: string) {
  const built = resolvers.find((r) => `${r.typeName}.${r.fieldName}` === name);
  if (!built) throw new Error(`${name} was not built`);
  return loadResolver(builtCode(built));
}

describe('Query.getUsagePlan', () => {
  it('gets the plan by its key', () => {
    const outcome = load('Query.getUsagePlan').request({ arguments: { plan_id: 'premium' }, args: { plan_id: 'premium' } });
    expect(outcome.status).toBe('returned');
    expect(outcome.value).toEqual({ operation: 'GetItem', key: { plan_id: { S: 'premium' } } });
  });

  it('returns the item, and raises a DynamoDB error with its message and type', () => {
    const resolver = load('Query.getUsagePlan');
    expect(resolver.response({ result: { plan_id: 'premium' } }).value).toEqual({ plan_id: 'premium' });
    const failed = resolver.response({ error: { message: 'Throttled', type: 'DynamoDB:ProvisionedThroughputExceededException' } });
    expect(failed.status).toBe('error');
    expect(failed.error).toMatchObject({ message: 'Throttled', errorType: 'DynamoDB:ProvisionedThroughputExceededException' });
  });
});

describe('Query.listUsagePlans', () => {
  it('scans one page, limit defaulted to 20 and clamped to 100', () => {
    const resolver = load('Query.listUsagePlans');
    expect(resolver.request({ args: {}, arguments: {} }).value).toEqual({ operation: 'Scan', limit: 20 });
    const capped = resolver.request({ args: { limit: 1000, nextToken: 'abc' }, arguments: {} }).value;
    expect(capped).toEqual({ operation: 'Scan', limit: 100, nextToken: 'abc' });
  });

  it('shapes the connection', () => {
    const resolver = load('Query.listUsagePlans');
    expect(resolver.response({ result: { items: [{ plan_id: 'basic' }], nextToken: 't' } }).value).toEqual({
      items: [{ plan_id: 'basic' }],
      nextToken: 't',
    });
    expect(resolver.response({ result: { items: [] } }).value).toEqual({ items: [], nextToken: null });
  });
});
