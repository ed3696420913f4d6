// Step 1: read the store in the tenant the caller manages and check the edge GENERATING → DRAFT → PAID → PUBLISHED ⇄
// SUSPENDED.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { actingTenant, callerOf, requireVisible } from '../lib/storefront/scope';
import { checkStoreTransition } from '../lib/storefront/transitions';

type Args = { tenant_id?: string; store_id: string; status: string };

export function request(ctx: Context<Args>) {
  const tenantId = actingTenant(callerOf(ctx.identity), ctx.args.tenant_id);
  return get({ key: { tenant_id: tenantId, store_id: ctx.args.store_id }, consistentRead: true });
}

export function response(ctx: Context<Args>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const store = requireVisible(ctx.result, true);
  checkStoreTransition(store.status, ctx.args.status);
  return store;
}
