/** The race-sim caller: the Cognito sub is the user_id; anything else is unauthorised. */
import { util } from '@aws-appsync/utils';

export function callerId(identity: unknown): string {
  const sub = (identity as { sub?: string } | null)?.sub;
  if (!sub) util.unauthorized();
  return sub as string;
}
