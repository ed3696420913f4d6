/**
 * Subscription.onMyFlowAssessmentUpdated: each subscriber receives only their own assessments (and, with
 * `assessment_id`, only that one: AppSync filters on the subscription's arguments itself).
 */
import type { Context } from '@aws-appsync/utils';
import { confineToCaller } from './lib/flowlogic/own-subscription';

export function request() {
  return { payload: null };
}

export function response(ctx: Context) {
  confineToCaller(ctx.identity);
  return null;
}
