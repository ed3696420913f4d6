// Step 3: when a plan is generated, the user's active plans, read from the base table (strongly consistent; the
// sparse active-index is eventually consistent) so every one of them is deactivated in the same transaction.
import { runtime, util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { MutationCompleteAssessmentArgs } from '../lib/generated/schema-types';

export function request(ctx: Context<MutationCompleteAssessmentArgs>) {
  if (!ctx.stash.generatePlan) runtime.earlyReturn([]);
  return query({ query: { user_id: { eq: ctx.args.input.user_id } }, filter: { is_active: { eq: true } }, consistentRead: true });
}

export function response(ctx: Context<MutationCompleteAssessmentArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result.items ?? [];
}
