// Step 1: an owner must own the store (read in their own tenant); super admins skip the check.
import { util, runtime, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerOf } from '../lib/storefront/scope';

export function request(ctx: Context<{ store_id: string }>) {
  const caller = callerOf(ctx.identity);
  if (caller.role === 'SUPER_ADMIN') runtime.earlyReturn(null);
  if (caller.role !== 'BUSINESS_OWNER' || caller.tenantId === '') util.unauthorized();
  return get({ key: { tenant_id: caller.tenantId, store_id: ctx.args.store_id } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result) util.unauthorized();
  return ctx.result;
}
