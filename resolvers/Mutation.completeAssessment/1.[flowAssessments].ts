// Step 1: check the result, then read the assessment: `NotFound` when missing, `InvalidTransition` unless processing.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { MutationCompleteAssessmentArgs } from '../lib/generated/schema-types';
import { finishAttributes } from '../lib/flowlogic/assessment-finish';

export function request(ctx: Context<MutationCompleteAssessmentArgs>) {
  const now = util.time.nowISO8601();
  ctx.stash.now = now;
  ctx.stash.finish = finishAttributes(ctx.args.input as unknown as Record<string, unknown>, now);
  return get({ key: { user_id: ctx.args.input.user_id, assessment_id: ctx.args.input.assessment_id }, consistentRead: true });
}

export function response(ctx: Context<MutationCompleteAssessmentArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result) util.error('no such assessment', 'NotFound');
  if (ctx.result.status !== 'processing') util.error(`the assessment is ${ctx.result.status}, not processing`, 'InvalidTransition', null, { status: ctx.result.status });
  ctx.stash.assessment = ctx.result;
  return ctx.result;
}
