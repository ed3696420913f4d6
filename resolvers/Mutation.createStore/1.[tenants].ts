// Step 1: read the tenant the caller creates the store in; refuse a tenant already at its plan's max_stores.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { actingTenant, callerOf } from '../lib/storefront/scope';

export function request(ctx: Context<{ input: { tenant_id?: string } }>) {
  const tenantId = actingTenant(callerOf(ctx.identity), ctx.args.input.tenant_id);
  return get({ key: { tenant_id: tenantId }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const tenant = ctx.result;
  if (!tenant) util.error('no such tenant', 'TenantNotFound');
  if (tenant.store_count >= tenant.max_stores) {
    util.error(`the ${tenant.plan} plan allows ${tenant.max_stores} stores`, 'StoreLimitReached', null, { store_count: tenant.store_count, max_stores: tenant.max_stores });
  }
  ctx.stash.tenant = tenant;
  return tenant;
}
