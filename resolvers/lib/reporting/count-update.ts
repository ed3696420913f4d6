/**
 * The TransactWriteItems entry that counts one report on a user or organisation record: a daily and a monthly
 * window counter (../window-counter.ts).
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 */
import { util } from '@aws-appsync/utils';
import { windowCounterClause } from '../window-counter';
import type { ReportingLimits } from './limits';

export function countUpdate(
  table: string,
  key: Record<string, string>,
  record: Record<string, unknown>,
  limits: ReportingLimits,
  windows: { day: string; cycle: string },
  updatedAt: string,
) {
  const values: Record<string, unknown> = { ':one': 1, ':now': updatedAt };
  const daily = windowCounterClause('d', windows.day, limits.daily, record.usage_day, values);
  const monthly = windowCounterClause('m', windows.cycle, limits.monthly, record.usage_cycle, values);
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
