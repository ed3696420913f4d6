/** Query.getStore: a store of a tenant the caller manages. */
import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { requireTenant } from './lib/storefront/scope';

export function request(ctx: Context<{ tenant_id: string; store_id: string }>) {
  requireTenant(ctx.identity, ctx.args.tenant_id);
  return get({ key: { tenant_id: ctx.args.tenant_id, store_id: ctx.args.store_id } });
}

export { response } from './lib/dynamodb-response';
