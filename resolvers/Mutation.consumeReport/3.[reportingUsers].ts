// Step 3: refuse an exhausted quota, else count the report on the user and the organisation in ONE transaction.
import { util, type Context } from '@aws-appsync/utils';
import { orgLimits, userLimits } from '../lib/reporting/limits';
import { quotaWindows } from '../lib/reporting/quota-window';
import { countUpdate } from '../lib/reporting/count-update';
import { refuseIfExhausted } from '../lib/reporting/quota-refusal';

export function request(ctx: Context) {
  const user = ctx.stash.user as Record<string, unknown>;
  const org = ctx.stash.org as Record<string, unknown>;
  const windows = quotaWindows(org.billing_cycle_start as string | undefined);
  ctx.stash.windows = windows;
  refuseIfExhausted(user, org, windows);
  const orgMax = orgLimits(org);
  const now = util.time.nowISO8601();
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      countUpdate(ctx.env.TABLE_reportingUsers, { user_id: user.user_id as string }, user, userLimits(user, orgMax), windows, now),
      countUpdate(ctx.env.TABLE_organizations, { org_id: org.org_id as string }, org, orgMax, windows, now),
    ],
  };
}

/** A cancelled transaction is classified by step 4; a conflict with a concurrent one is reported for the client to retry. */
export function response(ctx: Context) {
  if (!ctx.error) return { committed: true };
  const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
  const conflict = reasons.find((r: { type: string }) => r.type === 'TransactionConflict');
  if (conflict || !ctx.result || !ctx.result.cancellationReasons) util.error(ctx.error.message, 'TransactionConflict');
  return { committed: false };
}
