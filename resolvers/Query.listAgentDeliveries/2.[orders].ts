/**
 * Step 2: `Delivery.order` for the whole page with ONE BatchGetItem (no N+1), attached to each delivery; the
 * Delivery.order resolver then answers from it without another call. Skipped when `order` is not selected.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-get-item.html
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import { batchGet } from '@aws-appsync/utils/dynamodb';

type Delivery = Record<string, unknown> & { order_id: string };

export function request(ctx: Context) {
  const deliveries = (ctx.prev.result.items ?? []) as Delivery[];
  const ids: string[] = [];
  for (const d of deliveries) {
    if (ids.indexOf(d.order_id) < 0) ids.push(d.order_id);
  }
  if (ctx.info.selectionSetList.indexOf('items/order') < 0 || ids.length === 0) runtime.earlyReturn(ctx.prev.result);
  // A page holds at most 100 deliveries (lib/pagination.ts), so its orders fit one BatchGetItem.
  return batchGet({ tables: { [ctx.env.TABLE_orders]: { keys: ids.map((order_id) => ({ order_id })) } } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const found: Record<string, unknown> = {};
  for (const o of (ctx.result.data[ctx.env.TABLE_orders] ?? []) as (Record<string, string> | null)[]) {
    if (o) found[o.order_id] = o;
  }
  const items = ((ctx.prev.result.items ?? []) as Delivery[]).map((d) => Object.assign({}, d, { order: found[d.order_id] ?? null }));
  return { items, nextToken: ctx.prev.result.nextToken };
}
