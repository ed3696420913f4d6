/** Query.getMyTenant: the calling owner's tenant (claim `custom:tenant_id`). */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { requireRole } from './lib/storefront/scope';

export function request(ctx: Context) {
  const caller = requireRole(ctx.identity, ['BUSINESS_OWNER']);
  if (caller.tenantId === '') util.unauthorized();
  return get({ key: { tenant_id: caller.tenantId } });
}

export { response } from './lib/dynamodb-response';
