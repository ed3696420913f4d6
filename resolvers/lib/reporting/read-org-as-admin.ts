// The first step of every organisation-admin mutation: the organisation's admins only; read the organisation as it
// is now (stashed as `org` for the steps after).
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { requireOrgAdmin } from './org-admin';

export function request(ctx: Context<{ org_id: string }>) {
  requireOrgAdmin(ctx.identity, ctx.args.org_id);
  return get({ key: { org_id: ctx.args.org_id }, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result) util.error('no such organisation', 'NotFound');
  ctx.stash.org = ctx.result;
  return ctx.result;
}
