/** Query.getTenant: super admins any tenant, owners their own; anyone else Unauthorized. */
import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { requireTenant } from './lib/storefront/scope';

export function request(ctx: Context<{ tenant_id: string }>) {
  requireTenant(ctx.identity, ctx.args.tenant_id);
  return get({ key: { tenant_id: ctx.args.tenant_id } });
}

export { response } from './lib/dynamodb-response';
