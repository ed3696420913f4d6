// Step 1: a customer (claim phone_number) orders from a PUBLISHED store; the lines are validated and merged.
import { util, type Context } from '@aws-appsync/utils';
import { mergedLines, type Line } from '../lib/storefront/order-lines';
import { requireRole } from '../lib/storefront/scope';
import { storeByIdRequest, storeByIdResult } from '../lib/storefront/store-by-id';

type Args = { input: { store_id: string; items: Line[]; customer_name: string; delivery_address: string } };

export function request(ctx: Context<Args>) {
  const caller = requireRole(ctx.identity, ['CUSTOMER']);
  if (caller.phone === '') util.unauthorized();
  const input = ctx.args.input;
  if (input.customer_name.trim() === '') util.error('customer_name is required', 'ValidationError');
  if (input.delivery_address.trim() === '') util.error('delivery_address is required', 'ValidationError');
  ctx.stash.lines = mergedLines(input.items);
  ctx.stash.phone = caller.phone;
  return storeByIdRequest(input.store_id);
}

export function response(ctx: Context) {
  const store = storeByIdResult(ctx);
  if (!store || store.status !== 'PUBLISHED') util.error('no such store', 'StoreNotFound');
  ctx.stash.store = store;
  return store;
}
