/**
 * The calling reporting user: user_id is the Cognito sub, and a token's `custom:org_id` claim must name the user's
 * organisation. An unknown user or a mismatched claim is unauthorised (nothing is revealed about the record).
 */
import { util } from '@aws-appsync/utils';

export function callerKey(identity: unknown): { user_id: string } {
  const sub = (identity as { sub?: string } | null)?.sub;
  if (!sub) util.unauthorized();
  return { user_id: sub as string };
}

export function checkCallerUser(identity: unknown, user: Record<string, unknown> | null): Record<string, unknown> {
  if (!user) util.unauthorized();
  const claims = (identity as { claims?: Record<string, unknown> }).claims ?? {};
  const claimedOrg = claims['custom:org_id'];
  if (claimedOrg !== undefined && claimedOrg !== (user as Record<string, unknown>).org_id) util.unauthorized();
  return user as Record<string, unknown>;
}
