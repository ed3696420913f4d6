// Step 1: the caller must be registered and have accepted the wellness disclaimer; the input is checked here.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { MutationStartAssessmentArgs } from '../lib/generated/schema-types';
import { callerId, requireRegistered } from '../lib/flowlogic/caller-user';
import { testName } from '../lib/flowlogic/test-catalog';

export function request(ctx: Context<MutationStartAssessmentArgs>) {
  const input = ctx.args.input;
  const name = testName(input.test_id);
  if (name === null) util.error('test_id must be 1..15', 'ValidationError');
  const url = input.video_url.trim();
  if (url === '' || url.length > 2048) util.error('video_url must be 1..2048 characters', 'ValidationError');
  ctx.stash.testName = name;
  return get({ key: { user_id: callerId(ctx.identity) }, consistentRead: true });
}

export function response(ctx: Context<MutationStartAssessmentArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const user = requireRegistered(ctx.result);
  if (user.wellness_disclaimer_accepted !== true) util.error('accept the wellness disclaimer first', 'DisclaimerRequired');
  ctx.stash.user = user;
  return user;
}
