// Step 2: when the plan's limits change, a page of the organisations on the plan (GSI plan-index) whose plan limits
// and effective limits step 3 recomputes.
import { runtime, util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { MutationUpdateUsagePlanArgs } from '../lib/generated/schema-types';

/** Organisations recomputed per call: with the plan, one TransactWriteItems stays well under 100 items. */
const ORGS_PER_CALL = 50;

export function request(ctx: Context<MutationUpdateUsagePlanArgs>) {
  const changes = ctx.stash.changes as Record<string, unknown>;
  const limitsChange = changes.daily_report_limit !== undefined || changes.monthly_report_limit !== undefined;
  ctx.stash.orgs = [];
  ctx.stash.nextToken = null;
  if (!limitsChange) runtime.earlyReturn([]);
  return query({ index: 'plan-index', query: { plan_id: { eq: ctx.args.plan_id } }, limit: ORGS_PER_CALL, nextToken: ctx.args.nextToken ?? undefined });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  ctx.stash.orgs = ctx.result.items ?? [];
  ctx.stash.nextToken = ctx.result.nextToken ?? null;
  return ctx.stash.orgs;
}
