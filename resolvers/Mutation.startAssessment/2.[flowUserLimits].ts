// Step 2: the caller's limits as stored; a ban in force or a limit already reached is refused before writing.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { MutationStartAssessmentArgs } from '../lib/generated/schema-types';
import { refuseIfLimited } from '../lib/flowlogic/limit-usage';
import { flowWindows } from '../lib/flowlogic/quota-windows';
import { tierOf } from '../lib/flowlogic/tiers';

export function request(ctx: Context<MutationStartAssessmentArgs>) {
  return get({ key: { user_id: ctx.stash.user.user_id as string }, consistentRead: true });
}

export function response(ctx: Context<MutationStartAssessmentArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const windows = flowWindows();
  const now = util.time.nowISO8601();
  refuseIfLimited(ctx.result, tierOf(ctx.stash.user), ctx.args.input.test_id, windows, now);
  ctx.stash.limits = ctx.result ?? {};
  ctx.stash.windows = windows;
  ctx.stash.now = now;
  return ctx.result;
}
