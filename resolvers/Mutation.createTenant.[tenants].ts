/**
 * Mutation.createTenant: a super admin creates any tenant; a business owner creates their own (the tenant id is their
 * `custom:tenant_id` claim, the owner their sub). An existing tenant is `AlreadyExists`.
 */
import { util, type Context } from '@aws-appsync/utils';
import { put } from '@aws-appsync/utils/dynamodb';
import { compact } from './lib/storefront/compact';
import { MAX_STORES } from './lib/storefront/plans';
import { actingTenant, callerOf } from './lib/storefront/scope';

type Input = { tenant_id?: string; owner_user_id?: string; business_name: string; plan: string; razorpay_customer_id?: string };

export function request(ctx: Context<{ input: Input }>) {
  const input = ctx.args.input;
  const caller = callerOf(ctx.identity);
  const admin = caller.role === 'SUPER_ADMIN';
  const tenantId = admin && !input.tenant_id ? util.autoId() : actingTenant(caller, input.tenant_id);
  const owner = admin ? input.owner_user_id : caller.sub;
  if (!owner) util.error('owner_user_id is required', 'ValidationError');
  if (!admin && input.owner_user_id && input.owner_user_id !== caller.sub) util.unauthorized();
  if (input.business_name.trim() === '') util.error('business_name is required', 'ValidationError');
  const now = util.time.nowISO8601();
  return put({
    key: { tenant_id: tenantId },
    item: compact({
      owner_user_id: owner,
      business_name: input.business_name,
      plan: input.plan,
      subscription_status: 'ACTIVE',
      razorpay_customer_id: input.razorpay_customer_id,
      store_count: 0,
      max_stores: MAX_STORES[input.plan],
      created_at: now,
      updated_at: now,
    }),
    condition: { tenant_id: { attributeExists: false } },
  });
}

export function response(ctx: Context) {
  if (ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') util.error('the tenant exists', 'AlreadyExists');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
