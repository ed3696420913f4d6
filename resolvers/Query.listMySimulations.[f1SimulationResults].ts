/** Query.listMySimulations: the caller's runs, newest first, on GSI user-index (user_id, created_at). */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerId } from './lib/racesim/caller';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<{ limit?: number | null; nextToken?: string | null }>) {
  return query({
    index: 'user-index',
    query: { user_id: { eq: callerId(ctx.identity) } },
    scanIndexForward: false,
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return { items: ctx.result.items ?? [], nextToken: ctx.result.nextToken ?? null };
}
