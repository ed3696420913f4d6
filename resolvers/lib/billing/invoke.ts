/**
 * Every billing field is resolved by the billing Lambda (functions/billing/api.ts): the request sends the field,
 * its arguments, the caller and the two headers the audit log keeps; the response raises the handler's error with
 * its errorType.
 */
import type { Context, LambdaRequest } from '@aws-appsync/utils';
import { lambdaOutcome } from '../lambda-outcome';

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
  return lambdaOutcome(ctx, 'The billing service failed; the operation was not applied.');
}
