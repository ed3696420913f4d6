/**
 * Mutation.publishDeliveryUpdate (IAM only): our backend pushes a delivery changed outside a client mutation (stream)
 * to onDeliveryUpdated. Local computation on NONE: the payload is the result, nothing is written.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
 */
import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ input: Record<string, unknown> }>) {
  return { payload: ctx.args.input };
}

export function response(ctx: Context) {
  return ctx.result;
}
