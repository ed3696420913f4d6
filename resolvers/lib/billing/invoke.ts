/**
 * Every billing field is resolved by the billing Lambda (functions/billing/api.ts): the request sends the field,
 * its arguments, the caller and the two headers the audit log keeps; the response raises the handler's error with
 * its errorType. An unhandled Lambda failure is answered without its message, which could carry database detail.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 */
import { util, type Context, type LambdaRequest } from '@aws-appsync/utils';

export function request(ctx: Context): LambdaRequest {
  const headers = ctx.request.headers;
  return {
    operation: 'Invoke',
    payload: {
      field: `${ctx.info.parentTypeName}.${ctx.info.fieldName}`,
      arguments: ctx.arguments,
      identity: ctx.identity,
      headers: { 'x-forwarded-for': headers['x-forwarded-for'], 'user-agent': headers['user-agent'] },
    },
  };
}

export function response(ctx: Context) {
  if (ctx.error) util.error('The billing service failed; the operation was not applied.', 'InternalFailure');
  const outcome = ctx.result;
  if (outcome.error) util.error(outcome.error.message, outcome.error.type, null, outcome.error.info);
  return outcome.data;
}
