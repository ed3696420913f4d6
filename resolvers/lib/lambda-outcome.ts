/**
 * The response of a Lambda resolver whose handler answers a HandlerOutcome (functions/billing/errors.ts): its data,
 * or its error raised with the errorType. An unhandled Lambda failure is answered as `failure`, without its message,
 * which could carry internal detail.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 */
import { util, type Context } from '@aws-appsync/utils';

export function lambdaOutcome(ctx: Context, failure: string) {
  if (ctx.error) util.error(failure, 'InternalFailure');
  const outcome = ctx.result;
  if (outcome.error) util.error(outcome.error.message, outcome.error.type, null, outcome.error.info);
  return outcome.data;
}
