/** Query.listUsersByOrg: a page of an organisation's users on GSI org-index; its admins only. */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { pageSize } from './lib/pagination';
import { requireOrgAdmin } from './lib/reporting/org-admin';

export function request(ctx: Context<{ org_id: string; limit?: number | null; nextToken?: string | null }>) {
  requireOrgAdmin(ctx.identity, ctx.args.org_id);
  return query({ index: 'org-index', query: { org_id: { eq: ctx.args.org_id } }, limit: pageSize(ctx.args.limit), nextToken: ctx.args.nextToken ?? undefined });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return { items: ctx.result.items ?? [], nextToken: ctx.result.nextToken ?? null };
}
