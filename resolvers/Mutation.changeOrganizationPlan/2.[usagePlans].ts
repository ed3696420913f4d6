// Step 2: the new plan must exist and be active.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ plan_id: string }>) {
  return get({ key: { plan_id: ctx.args.plan_id } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result || ctx.result.status !== 'active') util.error('no such active plan', 'ValidationError');
  ctx.stash.plan = ctx.result;
  return ctx.result;
}
