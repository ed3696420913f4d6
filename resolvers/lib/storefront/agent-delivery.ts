/**
 * The calling agent's own delivery: read under their sub, so another agent's delivery is simply absent and refused
 * like a missing one.
 */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { requireRole } from './scope';

export function ownDeliveryRequest(ctx: Context<{ delivery_id: string }>) {
  const caller = requireRole(ctx.identity, ['DELIVERY_AGENT']);
  return get({ key: { agent_id: caller.sub, delivery_id: ctx.args.delivery_id }, consistentRead: true });
}

export function ownDeliveryResult(ctx: Context): Record<string, unknown> {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result) util.unauthorized();
  return ctx.result;
}
