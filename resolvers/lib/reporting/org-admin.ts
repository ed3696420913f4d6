/** Only an `admin` of the organisation itself (claim `custom:org_id`) may read its users or change its limits. */
import { util } from '@aws-appsync/utils';

export function requireOrgAdmin(identity: unknown, orgId: string): string {
  const id = identity as { sub?: string; groups?: string[] | null; claims?: Record<string, unknown> } | null;
  const groups = (id && id.groups) || [];
  if (!id || !id.sub || !groups.includes('admin') || (id.claims ?? {})['custom:org_id'] !== orgId) util.unauthorized();
  return (id as { sub: string }).sub;
}
