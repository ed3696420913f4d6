// Step 2: replace last_location (a map: `replace`, not a nested-path update), conditioned on the status read in step 1.
import { util, type Context } from '@aws-appsync/utils';
import { operations, update } from '@aws-appsync/utils/dynamodb';
import { compact } from '../lib/storefront/compact';

type Args = { location: { lat: number; lng: number; accuracy_m?: number | null } };

export function request(ctx: Context<Args>) {
  const d = ctx.prev.result;
  const at = ctx.args.location;
  const location = compact({ lat: at.lat, lng: at.lng, accuracy_m: at.accuracy_m, updated_at: util.time.nowISO8601() });
  return update({
    key: { agent_id: d.agent_id, delivery_id: d.delivery_id },
    update: { last_location: operations.replace(location) },
    condition: { status: { eq: d.status } },
  });
}

export function response(ctx: Context) {
  if (ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') util.error('the delivery changed concurrently; retry', 'TransactionConflict');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
