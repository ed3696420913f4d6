/** Query.myFlowUser: the caller's user record (user by id, PK user_id = Cognito sub), or null before registering. */
import { type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerId } from './lib/flowlogic/caller-user';

export function request(ctx: Context) {
  return get({ key: { user_id: callerId(ctx.identity) } });
}

export { response } from './lib/dynamodb-response';
