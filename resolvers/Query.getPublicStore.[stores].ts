/** Query.getPublicStore: a PUBLISHED store by id alone (GSI store-id-index); null for any other store. */
import type { Context } from '@aws-appsync/utils';
import { storeByIdRequest, storeByIdResult } from './lib/storefront/store-by-id';

export function request(ctx: Context<{ store_id: string }>) {
  return storeByIdRequest(ctx.args.store_id);
}

export function response(ctx: Context) {
  const store = storeByIdResult(ctx);
  return store && store.status === 'PUBLISHED' ? store : null;
}
