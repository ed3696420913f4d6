/**
 * Mutation.registerFlowUser: the caller (user_id = Cognito sub) becomes a free-tier user, and their e-mail is reserved
 * in the same transaction (lib/flowlogic/email-reservation). `Conflict` when the caller is registered already or the
 * e-mail belongs to someone else.
 */
import { util, type Context } from '@aws-appsync/utils';
import type { MutationRegisterFlowUserArgs } from './lib/generated/schema-types';
import { callerId } from './lib/flowlogic/caller-user';
import { emailReservationKey, normalizeEmail } from './lib/flowlogic/email-reservation';

export function request(ctx: Context<MutationRegisterFlowUserArgs>) {
  const userId = callerId(ctx.identity);
  const input = ctx.args.input;
  const now = util.time.nowISO8601();
  const name = input.name ? input.name.trim() : '';
  if (name.length > 200) util.error('name must be at most 200 characters', 'ValidationError');
  const user: Record<string, unknown> = {
    user_id: userId,
    email: normalizeEmail(input.email),
    tier: 'free',
    wellness_disclaimer_accepted: false,
    created_at: now,
    updated_at: now,
    last_login_at: now,
  };
  if (name !== '') user.name = name;
  ctx.stash.user = user;
  const { user_id, ...attributes } = user;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      {
        table: ctx.env.TABLE_flowUsers,
        operation: 'PutItem',
        key: util.dynamodb.toMapValues({ user_id }),
        attributeValues: util.dynamodb.toMapValues(attributes),
        condition: { expression: 'attribute_not_exists(user_id)' },
      },
      {
        table: ctx.env.TABLE_flowUsers,
        operation: 'PutItem',
        key: util.dynamodb.toMapValues({ user_id: emailReservationKey(input.email) }),
        attributeValues: util.dynamodb.toMapValues({ owner_user_id: userId, created_at: now }),
        condition: { expression: 'attribute_not_exists(user_id)' },
      },
    ],
  };
}

export function response(ctx: Context<MutationRegisterFlowUserArgs>) {
  if (!ctx.error) return ctx.stash.user;
  const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
  if (reasons.length > 0 && reasons[0].type === 'ConditionCheckFailed') util.error('already registered', 'Conflict');
  if (reasons.length > 1 && reasons[1].type === 'ConditionCheckFailed') util.error('this e-mail is registered to another user', 'Conflict');
  util.error(ctx.error.message, reasons.length > 0 ? 'TransactionConflict' : ctx.error.type);
  return null;
}
