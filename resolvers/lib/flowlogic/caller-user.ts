/**
 * The calling Flow Logic user: user_id is the Cognito sub (resolvers/lib/racesim/caller). A caller who never
 * registered (registerFlowUser) is refused with `NotFound`.
 */
import { util } from '@aws-appsync/utils';
import { callerId } from '../racesim/caller';

export { callerId };

export function requireRegistered(user: unknown): Record<string, unknown> {
  if (!user) util.error('register first (registerFlowUser)', 'NotFound');
  return user as Record<string, unknown>;
}
