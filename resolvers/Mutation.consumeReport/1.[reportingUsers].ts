// Step 1: read the calling user (user_id = Cognito sub); unknown users are unauthorised, suspended ones refused.
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerKey, checkCallerUser } from '../lib/reporting/caller-user';

export function request(ctx: Context) {
  return get({ key: callerKey(ctx.identity) });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const user = checkCallerUser(ctx.identity, ctx.result);
  if (user.status !== 'active') util.error('user is suspended', 'Suspended');
  ctx.stash.user = user;
  return user;
}
