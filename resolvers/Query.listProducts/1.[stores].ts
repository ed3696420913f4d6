// Step 1: find the store. Its managers see every product; anyone else only the active products of a PUBLISHED store.
import { util, type Context } from '@aws-appsync/utils';
import { callerOf, managesTenant } from '../lib/storefront/scope';
import { storeByIdRequest, storeByIdResult } from '../lib/storefront/store-by-id';

export function request(ctx: Context<{ store_id: string }>) {
  return storeByIdRequest(ctx.args.store_id);
}

export function response(ctx: Context) {
  const store = storeByIdResult(ctx);
  const manager = store !== null && managesTenant(callerOf(ctx.identity), store.tenant_id);
  if (!manager && (!store || store.status !== 'PUBLISHED')) util.error('no such store', 'StoreNotFound');
  ctx.stash.activeOnly = !manager;
  return store;
}
