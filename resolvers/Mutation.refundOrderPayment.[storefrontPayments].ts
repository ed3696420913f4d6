// Owners refund in their own tenant, super admins in the one they name; the Lambda reserves, asks Razorpay, records.
import type { Context } from '@aws-appsync/utils';
import { actingTenant, callerOf } from './lib/storefront/scope';
import { request as invoke } from './lib/storefront/payments-invoke';

type Args = { input: { tenant_id?: string | null } };

export function request(ctx: Context<Args>) {
  ctx.stash.tenantId = actingTenant(callerOf(ctx.identity), ctx.args.input.tenant_id);
  return invoke(ctx);
}

export { response } from './lib/storefront/payments-invoke';
