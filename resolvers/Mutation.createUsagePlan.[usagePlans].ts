/** Mutation.createUsagePlan: a new usage plan, recorded with who created it; platform admins only. */
import { util, type Context } from '@aws-appsync/utils';
import { put } from '@aws-appsync/utils/dynamodb';
import { requirePlatformAdmin } from './lib/reporting/platform-admin';
import { checkPlanFields, checkPlanId } from './lib/reporting/plan-input';
import type { CreateUsagePlanInput } from './lib/generated/schema-types';

export function request(ctx: Context<{ input: CreateUsagePlanInput }>) {
  const who = requirePlatformAdmin(ctx.identity);
  const input = ctx.args.input;
  checkPlanId(input.plan_id);
  const now = util.time.nowISO8601();
  const plan = { ...input, status: input.status ?? 'active', created_at: now, updated_at: now, updated_by: who };
  checkPlanFields(plan);
  return put({ key: { plan_id: input.plan_id }, item: plan, condition: { plan_id: { attributeExists: false } } });
}

export function response(ctx: Context) {
  if (ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') util.error('a plan with this id exists', 'AlreadyExists');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
