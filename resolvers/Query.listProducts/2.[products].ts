// Step 2: one page of the store's products (active ones only for the public).
import type { Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { pageSize } from '../lib/pagination';

export function request(ctx: Context<{ store_id: string; limit?: number; nextToken?: string }>) {
  return query({
    query: { store_id: { eq: ctx.args.store_id } },
    filter: ctx.stash.activeOnly ? { is_active: { eq: true } } : null,
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken,
  });
}

export { connectionResponse as response } from '../lib/storefront/connection';
