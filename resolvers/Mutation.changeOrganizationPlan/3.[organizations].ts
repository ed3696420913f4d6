// Step 3: store the plan's limits with the effective limits recomputed and who changed them.
import type { Context } from '@aws-appsync/utils';
import { orgLimitsUpdate, orgUpdateResponse } from '../lib/reporting/org-limits-update';

export function request(ctx: Context) {
  const plan = ctx.stash.plan;
  const changes = { plan_id: plan.plan_id, plan_daily_limit: plan.daily_report_limit, plan_monthly_limit: plan.monthly_report_limit };
  return orgLimitsUpdate(ctx.stash.org, changes, (ctx.identity as { sub: string }).sub);
}

export function response(ctx: Context) {
  return orgUpdateResponse(ctx.error, ctx.result);
}
