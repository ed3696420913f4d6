/** Subscription.onOrderUpdated: each subscriber receives only the orders they may see (agents: assigned to them). */
import type { Context } from '@aws-appsync/utils';
import { confineSubscriber } from './lib/storefront/subscription-scope';

export function request() {
  return { payload: null };
}

export function response(ctx: Context) {
  confineSubscriber(ctx.identity, 'delivery_agent_id');
  return null;
}
