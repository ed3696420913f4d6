// Step 2: create the user in the organisation, own limits (plus credits) within the organisation's effective limits,
// with their effective limits and who created them; `AlreadyExists` when the user_id is taken.
import { util, type Context } from '@aws-appsync/utils';
import { put } from '@aws-appsync/utils/dynamodb';
import { checkUserLimitFields, effectiveUserLimits, USER_ROLES } from '../lib/reporting/user-limits';
import type { MutationCreateReportingUserArgs } from '../lib/generated/schema-types';

export function request(ctx: Context<MutationCreateReportingUserArgs>) {
  const input = ctx.args.input as Record<string, unknown>;
  if ((input.user_id as string).trim() === '') util.error('user_id must not be empty', 'ValidationError', null, { field: 'user_id' });
  if ((input.name as string).trim() === '') util.error('name must not be empty', 'ValidationError', null, { field: 'name' });
  if (!USER_ROLES.includes(input.role as string)) util.error('role must be admin or member', 'ValidationError', null, { field: 'role' });
  checkUserLimitFields(input);
  const user: Record<string, unknown> = {};
  Object.keys(input).forEach((f) => {
    if (input[f] !== null && input[f] !== undefined) user[f] = input[f];
  });
  const limits = effectiveUserLimits(user, ctx.stash.org);
  const now = util.time.nowISO8601();
  const item: Record<string, unknown> = {
    ...user,
    org_id: ctx.args.org_id,
    status: 'active',
    current_daily_usage: 0,
    current_monthly_usage: 0,
    effective_daily_limit: limits.daily,
    effective_monthly_limit: limits.monthly,
    created_at: now,
    updated_at: now,
    updated_by: (ctx.identity as { sub: string }).sub,
  };
  return put<Record<string, unknown>>({ key: { user_id: input.user_id as string }, item, condition: { user_id: { attributeExists: false } } });
}

export function response(ctx: Context) {
  if (ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') util.error('a user with this user_id exists', 'AlreadyExists');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
