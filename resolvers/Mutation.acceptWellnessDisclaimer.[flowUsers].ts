/** Mutation.acceptWellnessDisclaimer: records the caller's acceptance (the first time stays); `NotFound` before registering. */
import { util, type Context } from '@aws-appsync/utils';
import { callerId } from './lib/flowlogic/caller-user';

export function request(ctx: Context) {
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues({ user_id: callerId(ctx.identity) }),
    update: {
      expression: 'SET #a = :yes, #at = if_not_exists(#at, :now), #u = :now',
      expressionNames: { '#a': 'wellness_disclaimer_accepted', '#at': 'wellness_disclaimer_accepted_at', '#u': 'updated_at' },
      expressionValues: util.dynamodb.toMapValues({ ':yes': true, ':now': util.time.nowISO8601() }),
    },
    condition: { expression: 'attribute_exists(email)' },
  };
}

export function response(ctx: Context) {
  if (ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') util.error('register first (registerFlowUser)', 'NotFound');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
