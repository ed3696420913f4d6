/**
 * Mutation.registerStoreUser: the caller's own profile. The role is their highest storefront group, the tenant an
 * owner's claim; a token carrying `phone_number` may only register that number. A taken phone is `AlreadyExists`.
 */
import { util, type Context } from '@aws-appsync/utils';
import { put } from '@aws-appsync/utils/dynamodb';
import { compact } from './lib/storefront/compact';
import { requireRole } from './lib/storefront/scope';

type Input = { phone: string; name: string; email?: string | null };

export function request(ctx: Context<{ input: Input }>) {
  const input = ctx.args.input;
  const caller = requireRole(ctx.identity, ['SUPER_ADMIN', 'BUSINESS_OWNER', 'DELIVERY_AGENT', 'CUSTOMER']);
  if (caller.phone !== '' && caller.phone !== input.phone) util.unauthorized();
  if (input.name.trim() === '') util.error('name is required', 'ValidationError');
  return put({
    key: { phone: input.phone },
    item: compact({
      user_id: util.autoId(),
      role: caller.role,
      tenant_id: caller.tenantId === '' ? null : caller.tenantId,
      name: input.name,
      email: input.email,
      cognito_sub: caller.sub,
      is_active: true,
      created_at: util.time.nowISO8601(),
    }),
    condition: { phone: { attributeExists: false } },
  });
}

export function response(ctx: Context) {
  if (ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') util.error('the phone is registered', 'AlreadyExists');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
