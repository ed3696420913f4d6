// Step 2: add the credits, recompute the effective limits, record who granted them.
import { util, type Context } from '@aws-appsync/utils';
import { orgLimitsUpdate, orgUpdateResponse } from '../lib/reporting/org-limits-update';

export function request(ctx: Context<{ daily: number; monthly: number }>) {
  if (ctx.args.daily < 0 || ctx.args.monthly < 0) util.error('credits must not be negative', 'ValidationError');
  const org = ctx.stash.org;
  const changes = {
    additional_daily_credits: (org.additional_daily_credits ?? 0) + ctx.args.daily,
    additional_monthly_credits: (org.additional_monthly_credits ?? 0) + ctx.args.monthly,
  };
  return orgLimitsUpdate(org, changes, (ctx.identity as { sub: string }).sub);
}

export function response(ctx: Context) {
  return orgUpdateResponse(ctx.error, ctx.result);
}
