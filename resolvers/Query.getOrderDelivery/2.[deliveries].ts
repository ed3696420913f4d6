// Step 2: the order's deliveries (GSI order-index; several after a failed attempt): the newest one.
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ order_id: string }>) {
  return query({ index: 'order-index', query: { order_id: { eq: ctx.args.order_id } } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const items = ctx.result.items as { created_at: string }[];
  let newest: { created_at: string } | null = null;
  for (const d of items) {
    if (!newest || d.created_at > newest.created_at) newest = d;
  }
  return newest;
}
