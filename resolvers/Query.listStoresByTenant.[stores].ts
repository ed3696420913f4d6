/** Query.listStoresByTenant: the stores of a tenant the caller manages. */
import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { pageSize } from './lib/pagination';
import { requireTenant } from './lib/storefront/scope';

export function request(ctx: Context<{ tenant_id: string; limit?: number; nextToken?: string }>) {
  requireTenant(ctx.identity, ctx.args.tenant_id);
  return query({ query: { tenant_id: { eq: ctx.args.tenant_id } }, limit: pageSize(ctx.args.limit), nextToken: ctx.args.nextToken });
}

export { connectionResponse as response } from './lib/storefront/connection';
