/**
 * What AppSync does when a PutItem, UpdateItem or DeleteItem condition fails.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-condition-expressions.html
 *
 * It re-reads the item (strongly consistent unless `condition.consistentRead` is false), then:
 * - PutItem: if the current item equals the one it tried to write, ignoring `equalsIgnore` attributes,
 *   the operation counts as a success and the current item is the result;
 * - DeleteItem: if no item is there any more, the operation counts as a success (result null);
 * - UpdateItem, and every other case: the strategy applies. `Reject` (the default) gives
 *   `ctx.error` (`DynamoDB:ConditionalCheckFailedException`) with the current item as `ctx.result`.
 *   `Custom` would ask a Lambda function; locally there is no Lambda ARN to call, so it rejects too.
 */
import { fromWireItemOrNull } from './attribute-values';
import { toDataSourceError } from './errors';
import type { AttributeValue, OperationContext, Outcome } from './types';

type Item = Record<string, AttributeValue>;

export interface ConditionFailure {
  operation: 'PutItem' | 'UpdateItem' | 'DeleteItem';
  key: Item;
  condition: Record<string, unknown>;
  /** PutItem only: the item it tried to write (key included). */
  attempted?: Item;
  error: unknown;
}

/** A canonical form of a value, so equal items compare equal whatever the set order or number spelling. */
function canonical(value: AttributeValue): unknown {
  if (value.N !== undefined) return { N: Number(value.N) };
  if (value.SS !== undefined) return { SS: [...value.SS].sort() };
  if (value.NS !== undefined) return { NS: value.NS.map(Number).sort((a, b) => a - b) };
  if (value.BS !== undefined) return { BS: [...value.BS].sort() };
  if (value.L !== undefined) return { L: value.L.map(canonical) };
  if (value.M !== undefined) return { M: canonicalItem(value.M, []) };
  return value;
}

function canonicalItem(item: Item, ignore: readonly string[]): Record<string, unknown> {
  const names = Object.keys(item).filter((n) => !ignore.includes(n)).sort();
  return Object.fromEntries(names.map((n) => [n, canonical(item[n])]));
}

export function sameItem(a: Item, b: Item, ignore: readonly string[]): boolean {
  return JSON.stringify(canonicalItem(a, ignore)) === JSON.stringify(canonicalItem(b, ignore));
}

export async function handleConditionFailure(ctx: OperationContext, failure: ConditionFailure): Promise<Outcome> {
  const consistent = failure.condition.consistentRead !== false;
  const read = await ctx.client.call('GetItem', { TableName: ctx.tableName, Key: failure.key, ConsistentRead: consistent });
  const current = read.Item;
  if (failure.operation === 'DeleteItem' && !current) return { result: null };
  if (failure.operation === 'PutItem' && current && failure.attempted) {
    const ignore = Array.isArray(failure.condition.equalsIgnore) ? (failure.condition.equalsIgnore as string[]) : [];
    if (sameItem(current, failure.attempted, ignore)) return { result: fromWireItemOrNull(current) };
  }
  return { result: fromWireItemOrNull(current), error: toDataSourceError(failure.error) };
}
