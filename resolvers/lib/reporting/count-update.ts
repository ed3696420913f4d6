/**
 * The TransactWriteItems entry that counts one report on a user or organisation record: each counter either grows by
 * one under its limit (same window) or restarts at one for a new window, conditioned on the window it was read in, so
 * concurrent rollovers reset a counter exactly once and the losers retry.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 */
import { util } from '@aws-appsync/utils';
import type { ReportingLimits } from './limits';

interface CounterSpec {
  counter: string;
  windowAttr: string;
  window: string;
  limit: number;
}

function counterClause(spec: CounterSpec, stored: unknown, tag: string, values: Record<string, unknown>) {
  values[`:${tag}w`] = spec.window;
  if (stored === spec.window) {
    values[`:${tag}l`] = spec.limit;
    return {
      set: `#${tag}c = #${tag}c + :one`,
      condition: `#${tag}w = :${tag}w AND #${tag}c < :${tag}l`,
    };
  }
  const condition = stored === undefined || stored === null ? `attribute_not_exists(#${tag}w)` : `#${tag}w = :${tag}old`;
  if (stored !== undefined && stored !== null) values[`:${tag}old`] = stored;
  return { set: `#${tag}c = :one, #${tag}w = :${tag}w`, condition };
}

export function countUpdate(
  table: string,
  key: Record<string, string>,
  record: Record<string, unknown>,
  limits: ReportingLimits,
  windows: { day: string; cycle: string },
  updatedAt: string,
) {
  const values: Record<string, unknown> = { ':one': 1, ':now': updatedAt };
  const daily = counterClause({ counter: 'current_daily_usage', windowAttr: 'usage_day', window: windows.day, limit: limits.daily }, record.usage_day, 'd', values);
  const monthly = counterClause({ counter: 'current_monthly_usage', windowAttr: 'usage_cycle', window: windows.cycle, limit: limits.monthly }, record.usage_cycle, 'm', values);
  return {
    table,
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues(key),
    update: {
      expression: `SET ${daily.set}, ${monthly.set}, #updated = :now`,
      expressionNames: { '#dc': 'current_daily_usage', '#dw': 'usage_day', '#mc': 'current_monthly_usage', '#mw': 'usage_cycle', '#updated': 'updated_at' },
      expressionValues: util.dynamodb.toMapValues(values),
    },
    condition: {
      expression: `${daily.condition} AND ${monthly.condition}`,
      returnValuesOnConditionCheckFailure: false,
    },
  };
}
