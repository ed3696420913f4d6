/**
 * Query.myActiveSubscription: the caller's subscriptions (PK user_id) filtered to status = active; the one whose
 * period ends last wins. No `limit`: DynamoDB applies a filter after the limit, which could hide the active one.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html
 */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerId } from './lib/flowlogic/caller-user';

export function request(ctx: Context) {
  return query({ query: { user_id: { eq: callerId(ctx.identity) } }, filter: { status: { eq: 'active' } } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const items = (ctx.result.items ?? []) as Record<string, string>[];
  return items.reduce((best: Record<string, string> | null, s) => (!best || s.current_period_end > best.current_period_end ? s : best), null);
}
