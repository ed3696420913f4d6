// Step 1: the product's store, which must belong to a tenant the caller manages; the input is checked here.
import { util, type Context } from '@aws-appsync/utils';
import { callerOf, managesTenant, requireVisible } from '../lib/storefront/scope';
import { storeByIdRequest, storeByIdResult } from '../lib/storefront/store-by-id';

type Input = { store_id: string; name: string; price: number; stock_quantity: number; low_stock_threshold?: number | null };

export function request(ctx: Context<{ input: Input }>) {
  const input = ctx.args.input;
  if (input.name.trim() === '') util.error('name is required', 'ValidationError');
  if (input.price < 0) util.error('price must not be negative', 'ValidationError');
  if (input.stock_quantity < 0) util.error('stock_quantity must not be negative', 'ValidationError');
  if (input.low_stock_threshold !== null && input.low_stock_threshold !== undefined && input.low_stock_threshold < 0) {
    util.error('low_stock_threshold must not be negative', 'ValidationError');
  }
  return storeByIdRequest(input.store_id);
}

export function response(ctx: Context) {
  const store = storeByIdResult(ctx);
  return requireVisible(store, store !== null && managesTenant(callerOf(ctx.identity), store.tenant_id));
}
