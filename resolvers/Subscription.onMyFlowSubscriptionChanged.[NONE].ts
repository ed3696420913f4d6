/** Subscription.onMyFlowSubscriptionChanged: each subscriber receives only their own subscriptions' changes. */
import type { Context } from '@aws-appsync/utils';
import { confineToCaller } from './lib/flowlogic/own-subscription';

export function request() {
  return { payload: null };
}

export function response(ctx: Context) {
  confineToCaller(ctx.identity);
  return null;
}
