// Step 2: the assessment's user: a completed assessment with problem areas generates a plan for Basic+ users.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { MutationCompleteAssessmentArgs } from '../lib/generated/schema-types';
import { problemAreasOf } from '../lib/flowlogic/correction-plan';
import { hasTier } from '../lib/flowlogic/tiers';

export function request(ctx: Context<MutationCompleteAssessmentArgs>) {
  return get({ key: { user_id: ctx.args.input.user_id }, consistentRead: true });
}

export function response(ctx: Context<MutationCompleteAssessmentArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const user = ctx.result as Record<string, unknown> | null;
  const finish = ctx.stash.finish as Record<string, unknown>;
  const areas = finish.status === 'completed' ? problemAreasOf(finish.result as Record<string, unknown>) : [];
  ctx.stash.user = user;
  ctx.stash.areas = areas;
  ctx.stash.generatePlan = !!user && hasTier(user, 'basic') && areas.length > 0;
  return user;
}
