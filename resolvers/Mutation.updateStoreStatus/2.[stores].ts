// Step 2: write the new status, conditioned on the status read in step 1; the first publish records published_at
// and the live URL.
import { util, type Context } from '@aws-appsync/utils';
import { update } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ status: string }>) {
  const store = ctx.prev.result;
  const first = ctx.args.status === 'PUBLISHED' && !store.published_at;
  const live = store.custom_domain ?? store.domain;
  const changes: Record<string, unknown> = { status: ctx.args.status };
  if (first) changes.published_at = util.time.nowISO8601();
  if (first && live) changes.live_url = `https://${live}`;
  return update({
    key: { tenant_id: store.tenant_id, store_id: store.store_id },
    update: changes,
    condition: { status: { eq: store.status } },
  });
}

export function response(ctx: Context) {
  if (ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') util.error('the store changed concurrently; retry', 'TransactionConflict');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
