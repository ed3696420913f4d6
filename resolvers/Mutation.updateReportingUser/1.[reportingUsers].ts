// Step 1: check the input, read the user; only an `admin` of the user's organisation goes on (an unknown user is
// unauthorised too, so nothing is revealed about other organisations' users).
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { requireOrgAdmin } from '../lib/reporting/org-admin';
import { checkUserLimitFields } from '../lib/reporting/user-limits';
import type { MutationUpdateReportingUserArgs } from '../lib/generated/schema-types';

export function request(ctx: Context<MutationUpdateReportingUserArgs>) {
  checkUserLimitFields(ctx.args.input as Record<string, unknown>);
  return get({ key: { user_id: ctx.args.user_id }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result) util.unauthorized();
  requireOrgAdmin(ctx.identity, ctx.result.org_id);
  ctx.stash.user = ctx.result;
  return ctx.result;
}
