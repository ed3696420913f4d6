/**
 * Query.listUsersByEmail: a page of the users with an e-mail address (GSI email-index). A platform admin sees them
 * all; an organisation's `admin` only those of their organisation (a filter, so a page may come back short with a
 * nextToken); anyone else is unauthorised.
 */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { pageSize } from './lib/pagination';
import { requireOrgAdmin } from './lib/reporting/org-admin';
import { isPlatformAdmin } from './lib/reporting/platform-admin';

export function request(ctx: Context<{ email: string; limit?: number | null; nextToken?: string | null }>) {
  const page = { index: 'email-index', query: { email: { eq: ctx.args.email } }, limit: pageSize(ctx.args.limit), nextToken: ctx.args.nextToken ?? undefined };
  if (isPlatformAdmin(ctx.identity)) return query(page);
  const claims = (ctx.identity as { claims?: Record<string, unknown> } | null)?.claims ?? {};
  const orgId = requireOrgAdminOfClaim(ctx.identity, claims['custom:org_id']);
  return query({ ...page, filter: { org_id: { eq: orgId } } });
}

function requireOrgAdminOfClaim(identity: unknown, orgId: unknown): string {
  if (typeof orgId !== 'string' || orgId === '') util.unauthorized();
  requireOrgAdmin(identity, orgId as string);
  return orgId as string;
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return { items: ctx.result.items ?? [], nextToken: ctx.result.nextToken ?? null };
}
