/**
 * Sync (versioned data sources, conflict detection): `{ items, nextToken, startedAt }`.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-sync.html
 *
 * Without `lastSync` AppSync pages through the base table. With it, AppSync reads its delta table; locally
 * there is no delta table, so the base table is scanned for items whose `_lastChangedAt` (the attribute
 * versioned data sources maintain) is after `lastSync`; `basePartitionKey` and `deltaIndexName` (custom
 * partition keys of the delta table) have nothing to act on locally. `limit` defaults to 100, at most 1000.
 */
import { RequestShapeError } from './errors';
import { page, readParams } from './query-scan';
import type { AppSyncRequest, OperationContext, Outcome } from './types';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

export async function sync(ctx: OperationContext, request: AppSyncRequest): Promise<Outcome> {
  const startedAt = ctx.now();
  const limit = request.limit ?? DEFAULT_LIMIT;
  if (typeof limit !== 'number' || limit < 1 || limit > MAX_LIMIT) {
    throw new RequestShapeError(`Sync.limit must be between 1 and ${MAX_LIMIT}`);
  }
  const lastSync = request.lastSync;
  if (lastSync !== undefined && lastSync !== null && typeof lastSync !== 'number') {
    throw new RequestShapeError('Sync.lastSync must be epoch milliseconds');
  }
  const delta = typeof lastSync === 'number'
    ? { expression: '#_lastChangedAt > :_lastSync', expressionNames: { '#_lastChangedAt': '_lastChangedAt' }, expressionValues: { ':_lastSync': { N: lastSync } } }
    : undefined;
  const userFilter = request.filter as { expression?: string } | undefined | null;
  const filter = delta && userFilter?.expression
    ? { ...combine(delta, userFilter), expression: `(${delta.expression}) AND (${userFilter.expression})` }
    : (delta ?? userFilter);
  const { scope, params } = readParams(ctx, { ...request, limit, filter }, 'Sync', {});
  const out = await ctx.client.call('Scan', params);
  return { result: { ...withoutScanned(page(scope, out.Items, out.LastEvaluatedKey, out.ScannedCount)), startedAt } };
}

function combine(a: Record<string, unknown>, b: Record<string, unknown>) {
  const merge = (x: unknown, y: unknown) => ({ ...((x as object) ?? {}), ...((y as object) ?? {}) });
  return { expressionNames: merge(a.expressionNames, b.expressionNames), expressionValues: merge(a.expressionValues, b.expressionValues) };
}

function withoutScanned(result: { items: unknown[]; nextToken: string | null; scannedCount: number }) {
  return { items: result.items, nextToken: result.nextToken };
}
