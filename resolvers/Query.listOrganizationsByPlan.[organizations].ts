/** Query.listOrganizationsByPlan: a page of the organisations on a plan (GSI plan-index); platform admins only. */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { pageSize } from './lib/pagination';
import { withOrgLimits } from './lib/reporting/limits';
import { requirePlatformAdmin } from './lib/reporting/platform-admin';

export function request(ctx: Context<{ plan_id: string; limit?: number | null; nextToken?: string | null }>) {
  requirePlatformAdmin(ctx.identity);
  return query({ index: 'plan-index', query: { plan_id: { eq: ctx.args.plan_id } }, limit: pageSize(ctx.args.limit), nextToken: ctx.args.nextToken ?? undefined });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const items = (ctx.result.items ?? []) as Record<string, unknown>[];
  return { items: items.map((org) => withOrgLimits(org)), nextToken: ctx.result.nextToken ?? null };
}
