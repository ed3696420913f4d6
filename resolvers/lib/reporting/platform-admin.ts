/**
 * Platform admins (Cognito group `platform_admin`) run the reporting app itself: they manage the usage plans and see
 * organisations and users across organisations. An organisation's own `admin` group is not enough.
 */
import { util } from '@aws-appsync/utils';

export const PLATFORM_ADMIN_GROUP = 'platform_admin';

export function isPlatformAdmin(identity: unknown): boolean {
  const id = identity as { sub?: string; groups?: string[] | null } | null;
  return !!id && !!id.sub && ((id.groups || []) as string[]).includes(PLATFORM_ADMIN_GROUP);
}

/** The caller's sub, or Unauthorized for anyone but a platform admin. */
export function requirePlatformAdmin(identity: unknown): string {
  if (!isPlatformAdmin(identity)) util.unauthorized();
  return (identity as { sub: string }).sub;
}
