// Step 3: store the changes (an explicit null removes an own limit) with the user's effective limits recomputed and
// who made them; limits plus credits above the organisation's are refused.
import type { Context } from '@aws-appsync/utils';
import { operations } from '@aws-appsync/utils/dynamodb';
import { conflictResponse } from '../lib/reporting/org-limits-update';
import { USER_LIMIT_FIELDS, userLimitsUpdate } from '../lib/reporting/user-limits';
import type { MutationUpdateReportingUserArgs } from '../lib/generated/schema-types';

export function request(ctx: Context<MutationUpdateReportingUserArgs>) {
  const input = ctx.args.input as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  USER_LIMIT_FIELDS.forEach((f) => {
    if (input[f] === null) changes[f] = operations.remove();
    else if (input[f] !== undefined) changes[f] = input[f];
  });
  if (input.status !== undefined && input.status !== null) changes.status = input.status;
  return userLimitsUpdate(ctx.stash.user, ctx.stash.org, changes, (ctx.identity as { sub: string }).sub);
}

export function response(ctx: Context) {
  return conflictResponse(ctx.error, ctx.result, 'the user');
}
