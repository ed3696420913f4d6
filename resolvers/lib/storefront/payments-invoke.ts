/**
 * The storefront payments Lambda step (functions/payments/store-api.ts): the field, its arguments, and what the
 * steps before it established: the order they read and authorised, or the tenant the caller acts in.
 */
import type { Context, LambdaRequest } from '@aws-appsync/utils';
import { lambdaOutcome } from '../lambda-outcome';

export function request(ctx: Context): LambdaRequest {
  return {
    operation: 'Invoke',
    payload: {
      field: `${ctx.info.parentTypeName}.${ctx.info.fieldName}`,
      arguments: ctx.arguments,
      order: ctx.prev ? ctx.prev.result : null,
      tenantId: ctx.stash.tenantId,
    },
  };
}

export function response(ctx: Context) {
  return lambdaOutcome(ctx, 'The payment service failed; the operation was not applied.');
}
