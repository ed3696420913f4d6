/** Query.flowUserByEmail: a user by e-mail on GSI email-index (e-mails are stored lower-cased and unique). */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowUserByEmailArgs } from './lib/generated/schema-types';
import { normalizeEmail } from './lib/flowlogic/email-reservation';

export function request(ctx: Context<QueryFlowUserByEmailArgs>) {
  return query({ index: 'email-index', query: { email: { eq: normalizeEmail(ctx.args.email) } }, limit: 1 });
}

export function response(ctx: Context<QueryFlowUserByEmailArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return (ctx.result.items ?? [])[0] ?? null;
}
