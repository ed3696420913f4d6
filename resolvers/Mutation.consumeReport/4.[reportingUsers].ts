// Step 4: after a cancelled transaction, read both records again to tell which limit refused (QuotaExceeded) from a
// window that moved under us (TransactionConflict: retry); after a committed one, read the new counters.
import { util, type Context } from '@aws-appsync/utils';
import { refuseIfExhausted } from '../lib/reporting/quota-refusal';
import { currentUsage } from '../lib/reporting/limits';

export function request(ctx: Context) {
  return {
    operation: 'TransactGetItems',
    transactItems: [
      { table: ctx.env.TABLE_reportingUsers, key: util.dynamodb.toMapValues({ user_id: ctx.stash.user.user_id }) },
      { table: ctx.env.TABLE_organizations, key: util.dynamodb.toMapValues({ org_id: ctx.stash.org.org_id }) },
    ],
  };
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const items = ctx.result.items as Record<string, unknown>[];
  const user = items[0];
  const org = items[1];
  const windows = ctx.stash.windows;
  if (!ctx.prev.result.committed) {
    refuseIfExhausted(user, org, windows);
    util.error('the quota changed concurrently; retry', 'TransactionConflict');
  }
  const userUsed = currentUsage(user, windows.day, windows.cycle);
  const orgUsed = currentUsage(org, windows.day, windows.cycle);
  return {
    user_id: user.user_id,
    org_id: org.org_id,
    user_daily_usage: userUsed.daily,
    user_monthly_usage: userUsed.monthly,
    org_daily_usage: orgUsed.daily,
    org_monthly_usage: orgUsed.monthly,
  };
}
