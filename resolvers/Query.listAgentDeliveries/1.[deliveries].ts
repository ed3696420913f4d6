/**
 * Query.listAgentDeliveries, step 1: an agent lists their own deliveries, an owner an agent's deliveries for their tenant
 * (filtered), a super admin any agent's.
 */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { pageSize } from '../lib/pagination';
import { requireRole } from '../lib/storefront/scope';

type Args = { agent_id?: string | null; limit?: number | null; nextToken?: string | null };

export function request(ctx: Context<Args>) {
  const caller = requireRole(ctx.identity, ['SUPER_ADMIN', 'BUSINESS_OWNER', 'DELIVERY_AGENT']);
  const agentId = caller.role === 'DELIVERY_AGENT' ? caller.sub : ctx.args.agent_id;
  if (caller.role === 'DELIVERY_AGENT' && ctx.args.agent_id && ctx.args.agent_id !== caller.sub) util.unauthorized();
  if (!agentId) util.error('agent_id is required', 'ValidationError');
  if (caller.role === 'BUSINESS_OWNER' && caller.tenantId === '') util.unauthorized();
  return query({
    query: { agent_id: { eq: agentId as string } },
    filter: caller.role === 'BUSINESS_OWNER' ? { tenant_id: { eq: caller.tenantId } } : null,
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken,
  });
}

export { connectionResponse as response } from '../lib/storefront/connection';
