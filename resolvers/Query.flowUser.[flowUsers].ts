/** Query.flowUser: a user by id (PK user_id). E-mail reservations (lib/flowlogic/email-reservation) are not users. */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowUserArgs } from './lib/generated/schema-types';
import { isUserRecord } from './lib/flowlogic/email-reservation';

export function request(ctx: Context<QueryFlowUserArgs>) {
  return get({ key: { user_id: ctx.args.user_id } });
}

export function response(ctx: Context<QueryFlowUserArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return isUserRecord(ctx.result) ? ctx.result : null;
}
