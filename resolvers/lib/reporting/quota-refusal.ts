/**
 * Refuses a report when a counter has reached its limit: `QuotaExceeded` with errorInfo {limit, value, usage,
 * resetsAt}. `limit` names the counter: user_daily, user_monthly, org_daily or org_monthly.
 */
import { util } from '@aws-appsync/utils';
import { currentUsage, orgLimits, userLimits } from './limits';
import type { QuotaWindows } from './quota-window';

export function refuseIfExhausted(user: Record<string, unknown>, org: Record<string, unknown>, windows: QuotaWindows): void {
  const orgMax = orgLimits(org);
  const userMax = userLimits(user, orgMax);
  const orgUsed = currentUsage(org, windows.day, windows.cycle);
  const userUsed = currentUsage(user, windows.day, windows.cycle);
  const checks = [
    { limit: 'user_daily', value: userMax.daily, usage: userUsed.daily, resetsAt: windows.dayResetsAt },
    { limit: 'user_monthly', value: userMax.monthly, usage: userUsed.monthly, resetsAt: windows.cycleResetsAt },
    { limit: 'org_daily', value: orgMax.daily, usage: orgUsed.daily, resetsAt: windows.dayResetsAt },
    { limit: 'org_monthly', value: orgMax.monthly, usage: orgUsed.monthly, resetsAt: windows.cycleResetsAt },
  ];
  const hit = checks.find((c) => c.usage >= c.value);
  if (hit) util.error(`${hit.limit} limit of ${hit.value} reached`, 'QuotaExceeded', null, hit);
}
