// Plan lookup, step 4 (f1Subscriptions): a subscription found only in the legacy table is copied into the new table,
// once: the put is conditioned on the key not existing and logged (`legacy_copied`) in the same transaction, so of
// concurrent first reads exactly one copy commits; the others serve it all the same.
import { runtime, util, type Context } from '@aws-appsync/utils';
import { actionLogPut } from '../action-log';
import { subscriptionPut } from '../subscription';

export function request(ctx: Context) {
  if (!ctx.stash.legacy) runtime.earlyReturn(ctx.stash.found ?? null);
  const sub = ctx.stash.legacy as Record<string, unknown>;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      subscriptionPut(ctx.env.TABLE_f1Subscriptions, sub),
      actionLogPut(ctx.env.TABLE_f1ActionsLog, sub.user_id as string, 'legacy_copied', { subscription_id: sub.subscription_id }, sub.plan_id as string),
    ],
  };
}

export function response(ctx: Context) {
  const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
  if (ctx.error && reasons.length === 0) util.error(ctx.error.message, ctx.error.type);
  return ctx.stash.legacy;
}
