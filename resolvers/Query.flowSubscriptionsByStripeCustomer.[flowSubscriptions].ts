/** Query.flowSubscriptionsByStripeCustomer: the subscriptions of a Stripe customer, on GSI stripe-customer-index. */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowSubscriptionsByStripeCustomerArgs } from './lib/generated/schema-types';

export function request(ctx: Context<QueryFlowSubscriptionsByStripeCustomerArgs>) {
  return query({ index: 'stripe-customer-index', query: { stripe_customer_id: { eq: ctx.args.stripe_customer_id } } });
}

export function response(ctx: Context<QueryFlowSubscriptionsByStripeCustomerArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result.items ?? [];
}
