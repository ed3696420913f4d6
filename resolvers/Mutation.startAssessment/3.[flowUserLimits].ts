// Step 3: ONE transaction consumes the quota (every limit in the condition expression) and writes the assessment.
import { util, type Context } from '@aws-appsync/utils';
import type { MutationStartAssessmentArgs } from '../lib/generated/schema-types';
import { limitUpdate } from '../lib/flowlogic/limit-update';
import { tierOf } from '../lib/flowlogic/tiers';

export function request(ctx: Context<MutationStartAssessmentArgs>) {
  const userId = ctx.stash.user.user_id as string;
  const input = ctx.args.input;
  const now = ctx.stash.now as string;
  const consumption = limitUpdate(ctx.env.TABLE_flowUserLimits, userId, ctx.stash.limits, tierOf(ctx.stash.user), input.test_id, ctx.stash.windows, now);
  const assessment = {
    user_id: userId,
    assessment_id: util.autoId(),
    test_id: input.test_id,
    test_name: ctx.stash.testName,
    video_url: input.video_url.trim(),
    status: 'processing',
    attempt_number: consumption.attemptNumber,
    created_at: now,
    month_key: ctx.stash.windows.month,
  };
  ctx.stash.assessment = assessment;
  const { user_id, assessment_id, ...attributes } = assessment;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      consumption.item,
      {
        table: ctx.env.TABLE_flowAssessments,
        operation: 'PutItem',
        key: util.dynamodb.toMapValues({ user_id, assessment_id }),
        attributeValues: util.dynamodb.toMapValues(attributes),
        condition: { expression: 'attribute_not_exists(assessment_id)' },
      },
    ],
  };
}

/** A cancelled transaction is classified by step 4; a conflict with a concurrent one is reported for the client to retry. */
export function response(ctx: Context<MutationStartAssessmentArgs>) {
  if (!ctx.error) return { committed: true };
  const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
  const conflict = reasons.find((r: { type: string }) => r.type === 'TransactionConflict');
  if (conflict) util.error(ctx.error.message, 'TransactionConflict');
  if (reasons.length === 0) util.error(ctx.error.message, ctx.error.type);
  return { committed: false };
}
