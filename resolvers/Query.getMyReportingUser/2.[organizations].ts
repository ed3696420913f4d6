// Step 2: the user's effective limits, capped by what the organisation has left in the current windows.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { currentUsage, orgLimits, userLimits } from '../lib/reporting/limits';
import { quotaWindows } from '../lib/reporting/quota-window';

export function request(ctx: Context) {
  return get({ key: { org_id: ctx.stash.user.org_id as string } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const user = ctx.stash.user as Record<string, unknown>;
  const org = (ctx.result ?? {}) as Record<string, unknown>;
  const windows = quotaWindows(org.billing_cycle_start as string | undefined);
  const orgMax = orgLimits(org);
  const own = userLimits(user, orgMax);
  const orgUsed = currentUsage(org, windows.day, windows.cycle);
  const userUsed = currentUsage(user, windows.day, windows.cycle);
  return {
    ...user,
    current_daily_usage: userUsed.daily,
    current_monthly_usage: userUsed.monthly,
    effective_daily_limit: Math.min(own.daily, userUsed.daily + Math.max(orgMax.daily - orgUsed.daily, 0)),
    effective_monthly_limit: Math.min(own.monthly, userUsed.monthly + Math.max(orgMax.monthly - orgUsed.monthly, 0)),
  };
}
