/** Query.getOrganization: members of the organisation only (claim `custom:org_id`); others are unauthorised. */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { withOrgLimits } from './lib/reporting/limits';

export function request(ctx: Context<{ org_id: string }>) {
  const claims = (ctx.identity as { claims?: Record<string, unknown> } | null)?.claims ?? {};
  if (claims['custom:org_id'] !== ctx.args.org_id) util.unauthorized();
  return get({ key: { org_id: ctx.args.org_id } });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  if (!ctx.result) return null;
  return withOrgLimits(ctx.result);
}
