/**
 * The action-log entry a state-changing mutation appends in its own transaction. The sort key is `ISO-timestamp#id`
 * (see infra/model/racesim.ts), so two actions in the same millisecond never overwrite each other.
 */
import { util } from '@aws-appsync/utils';

export function actionLogPut(table: string, userId: string, actionType: string, details: Record<string, unknown>, planId: string) {
  const timestamp = `${util.time.nowISO8601()}#${util.autoId()}`;
  return {
    table,
    operation: 'PutItem',
    key: util.dynamodb.toMapValues({ user_id: userId, timestamp }),
    attributeValues: util.dynamodb.toMapValues({ action_type: actionType, action_details: JSON.stringify(details), plan_id: planId }),
    condition: { expression: 'attribute_not_exists(#t)', expressionNames: { '#t': 'timestamp' } },
  };
}
