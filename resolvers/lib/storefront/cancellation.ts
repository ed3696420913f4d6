/**
 * Reading a cancelled TransactWriteItems: `ctx.result.cancellationReasons` holds one reason per item in request order,
 * `ConditionCheckFailed` with the current item (when it exists), `TransactionConflict` when a concurrent transaction
 * touched the same item, `None` for items that were fine.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-write-items.html
 */
import { util, type Context } from '@aws-appsync/utils';

export interface Reason {
  type: string;
  item?: Record<string, unknown>;
}

export function cancellationReasons(ctx: Context): Reason[] {
  return (ctx.result && ctx.result.cancellationReasons) || [];
}

/** The index of the first item whose condition failed, or -1. */
export function failedCondition(reasons: Reason[]): number {
  return reasons.findIndex((r) => r.type === 'ConditionCheckFailed');
}

/** Raises what is left: a concurrent change (retry) or the data source's own error. */
export function raiseUnclassified(ctx: Context): void {
  const reasons = cancellationReasons(ctx);
  if (reasons.length > 0) util.error('a concurrent change won; retry', 'TransactionConflict');
  util.error(ctx.error?.message ?? 'transaction failed', ctx.error?.type);
}
