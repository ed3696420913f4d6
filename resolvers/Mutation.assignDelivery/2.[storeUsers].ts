// Step 2: the agent (agent_id = their Cognito sub) must be an active DELIVERY_AGENT, of the order's tenant when
// their profile names one.
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ agent_id: string }>) {
  return query({ index: 'cognito-sub-index', query: { cognito_sub: { eq: ctx.args.agent_id } }, limit: 1 });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const agent = ctx.result.items[0];
  const tenant = ctx.stash.order.tenant_id;
  const usable = agent && agent.role === 'DELIVERY_AGENT' && agent.is_active === true && (!agent.tenant_id || agent.tenant_id === tenant);
  if (!usable) util.error('no such delivery agent', 'AgentNotFound');
  return agent;
}
