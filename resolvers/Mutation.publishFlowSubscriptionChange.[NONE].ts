/**
 * Mutation.publishFlowSubscriptionChange (IAM only): the streams publisher pushes a subscription the Stripe webhook
 * wrote (no client mutation) to onMyFlowSubscriptionChanged. Local computation on NONE: the payload is the result,
 * nothing is written. https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
 */
import type { Context } from '@aws-appsync/utils';
import type { MutationPublishFlowSubscriptionChangeArgs } from './lib/generated/schema-types';

export function request(ctx: Context<MutationPublishFlowSubscriptionChangeArgs>) {
  return { payload: ctx.args.input };
}

export function response(ctx: Context) {
  return ctx.result;
}
