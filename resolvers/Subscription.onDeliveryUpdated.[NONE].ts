/** Subscription.onDeliveryUpdated: each subscriber receives only the deliveries they may see. */
import type { Context } from '@aws-appsync/utils';
import { confineSubscriber } from './lib/storefront/subscription-scope';

export function request() {
  return { payload: null };
}

export function response(ctx: Context) {
  confineSubscriber(ctx.identity, 'agent_id');
  return null;
}
