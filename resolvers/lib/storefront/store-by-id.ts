/**
 * A store found by id alone (GSI store-id-index), for callers that know the store but not its tenant: public
 * readers, customers, and the pipelines that must learn the store's tenant first.
 */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';

export function storeByIdRequest(storeId: string) {
  return query({ index: 'store-id-index', query: { store_id: { eq: storeId } }, limit: 1 });
}

/** The store of a storeByIdRequest, or null. */
export function storeByIdResult(ctx: Context): Record<string, unknown> | null {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result.items[0] ?? null;
}
