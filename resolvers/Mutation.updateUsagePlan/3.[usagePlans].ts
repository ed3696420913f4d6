// Step 3: ONE transaction changes the plan and, for each organisation of step 2, stores the new plan limits with the
// effective limits recomputed (plan + credits) and who did it, each conditioned on the record as read: a concurrent
// change cancels it all (`TransactionConflict`: retry, which is harmless).
import { util, type Context } from '@aws-appsync/utils';
import { update } from '@aws-appsync/utils/dynamodb';
import { orgLimitsUpdate } from '../lib/reporting/org-limits-update';

export function request(ctx: Context) {
  const who = (ctx.identity as { sub: string }).sub;
  const plan = ctx.stash.plan as Record<string, unknown>;
  const next = { ...plan, ...ctx.stash.changes } as Record<string, unknown>;
  const now = util.time.nowISO8601();
  ctx.stash.next = { ...next, updated_at: now, updated_by: who };
  const seen = plan.updated_at as string | undefined;
  const planUpdate = update({
    key: { plan_id: plan.plan_id as string },
    update: { ...ctx.stash.changes, updated_at: now, updated_by: who },
    condition: seen ? { updated_at: { eq: seen } } : { updated_at: { attributeExists: false } },
  });
  const orgs = ctx.stash.orgs as Record<string, unknown>[];
  const orgChanges = { plan_daily_limit: next.daily_report_limit, plan_monthly_limit: next.monthly_report_limit };
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      { ...planUpdate, table: ctx.env.TABLE_usagePlans },
      ...orgs.map((org) => ({ ...orgLimitsUpdate(org, orgChanges, who), table: ctx.env.TABLE_organizations })),
    ],
  };
}

export function response(ctx: Context) {
  if (ctx.error && ctx.result && ctx.result.cancellationReasons) util.error('the plan or an organisation on it changed concurrently; retry', 'TransactionConflict');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const orgs = ctx.stash.orgs as unknown[];
  return { plan: ctx.stash.next, organizations_updated: orgs.length, nextToken: ctx.stash.nextToken };
}
