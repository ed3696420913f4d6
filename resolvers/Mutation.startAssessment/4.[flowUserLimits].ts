// Step 4: after a committed transaction, answer with the new assessment; after a cancelled one, read the limits again
// to tell the limit that refused (LimitExceeded / Banned) from a window or count that moved under us
// (TransactionConflict: retry). runtime.earlyReturn in a function's request skips its data source and response.
// https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html
import { runtime, util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { MutationStartAssessmentArgs } from '../lib/generated/schema-types';
import { refuseIfLimited } from '../lib/flowlogic/limit-usage';
import { flowWindows } from '../lib/flowlogic/quota-windows';
import { tierOf } from '../lib/flowlogic/tiers';

export function request(ctx: Context<MutationStartAssessmentArgs>) {
  if (ctx.prev.result.committed) runtime.earlyReturn(ctx.stash.assessment);
  return get({ key: { user_id: ctx.stash.user.user_id as string }, consistentRead: true });
}

export function response(ctx: Context<MutationStartAssessmentArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  refuseIfLimited(ctx.result, tierOf(ctx.stash.user), ctx.args.input.test_id, flowWindows(), util.time.nowISO8601());
  util.error('the limits changed concurrently; retry', 'TransactionConflict');
  return null;
}
