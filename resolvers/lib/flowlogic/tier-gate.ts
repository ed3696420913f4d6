/**
 * Pipeline step 1 of every Basic+ read (plans, calendar, progress): reads the caller's user record and refuses a
 * missing one (`NotFound`) or a tier below basic (`TierRequired`). Re-exported as `1.[flowUsers].ts`.
 */
import { type Context } from '@aws-appsync/utils';
import { response as callerResponse } from './caller-step';
import { requireTier } from './tiers';

export { request } from './caller-step';

export function response(ctx: Context) {
  const user = callerResponse(ctx);
  requireTier(user, 'basic');
  return user;
}
