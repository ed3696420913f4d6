// Step 1: platform admins only; check the input, then read the plan as it is now (stashed as `plan`, with the changes
// as `changes`).
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { requirePlatformAdmin } from '../lib/reporting/platform-admin';
import { checkPlanFields } from '../lib/reporting/plan-input';
import type { MutationUpdateUsagePlanArgs } from '../lib/generated/schema-types';

const FIELDS = ['plan_name', 'monthly_report_limit', 'daily_report_limit', 'price', 'features', 'status'];

export function request(ctx: Context<MutationUpdateUsagePlanArgs>) {
  requirePlatformAdmin(ctx.identity);
  const input = ctx.args.input as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  FIELDS.forEach((f) => {
    if (input[f] !== undefined && input[f] !== null) changes[f] = input[f];
  });
  checkPlanFields(changes);
  ctx.stash.changes = changes;
  return get({ key: { plan_id: ctx.args.plan_id }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result) util.error('no such plan', 'NotFound');
  checkPlanFields({ ...ctx.result, ...ctx.stash.changes });
  ctx.stash.plan = ctx.result;
  return ctx.result;
}
