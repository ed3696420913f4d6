/**
 * Mutation.publishFlowAssessmentUpdate (IAM only): the streams publisher pushes an assessment whose status the
 * processing backend changed to onMyFlowAssessmentUpdated. Local computation on NONE: the payload is the result
 * (`result.normalized_output` stays AWSJSON), nothing is written.
 */
import type { Context } from '@aws-appsync/utils';
import type { MutationPublishFlowAssessmentUpdateArgs } from './lib/generated/schema-types';

export function request(ctx: Context<MutationPublishFlowAssessmentUpdateArgs>) {
  return { payload: ctx.args.input };
}

export function response(ctx: Context) {
  return ctx.result;
}
