/**
 * F1 subscriptions: the caller's active one decides their plan (none active: `free`, see plan-limits.ts). Active means
 * status `active` and a period that has not ended; of several, the one whose period ends last.
 */
import { util } from '@aws-appsync/utils';

export const SUBSCRIPTION_FIELDS = ['user_id', 'plan_id', 'status', 'current_period_start', 'current_period_end', 'stripe_subscription_id'];

export function activeSubscription(items: Record<string, unknown>[]): Record<string, unknown> | null {
  const now = util.time.nowISO8601();
  const active = items.filter((s) => s.status === 'active' && (!s.current_period_end || (s.current_period_end as string) >= now));
  let best: Record<string, unknown> | null = null;
  active.forEach((s) => {
    if (!best || ((s.current_period_end ?? '9999') as string) > ((best.current_period_end ?? '9999') as string)) best = s;
  });
  return best;
}

/** The TransactWriteItems entry that writes a subscription once: a second write of the same key is refused. */
export function subscriptionPut(table: string, sub: Record<string, unknown>) {
  const attributes: Record<string, unknown> = {};
  SUBSCRIPTION_FIELDS.forEach((f) => {
    if (f !== 'user_id' && sub[f] !== undefined && sub[f] !== null) attributes[f] = sub[f];
  });
  return {
    table,
    operation: 'PutItem',
    key: util.dynamodb.toMapValues({ user_id: sub.user_id, subscription_id: sub.subscription_id }),
    attributeValues: util.dynamodb.toMapValues(attributes),
    condition: { expression: 'attribute_not_exists(subscription_id)', returnValuesOnConditionCheckFailure: false },
  };
}
