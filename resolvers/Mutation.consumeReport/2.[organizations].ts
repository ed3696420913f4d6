// Step 2: read the user's organisation; a suspended organisation is refused.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context) {
  return get({ key: { org_id: ctx.stash.user.org_id as string } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const org = ctx.result as Record<string, unknown> | null;
  if (!org) util.unauthorized();
  if ((org as Record<string, unknown>).status !== 'active') util.error('organisation is suspended', 'Suspended');
  ctx.stash.org = org;
  return org;
}
