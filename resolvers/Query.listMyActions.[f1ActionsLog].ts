/** Query.listMyActions: the caller's action log in a time range, oldest first (sort key `ISO-timestamp#id`). */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import { callerId } from './lib/racesim/caller';
import { pageSize } from './lib/pagination';

interface Args { from: string; to: string; limit?: number | null; nextToken?: string | null }

export function request(ctx: Context<Args>) {
  const userId = callerId(ctx.identity);
  if (ctx.args.from >= ctx.args.to) util.error('from must be before to', 'ValidationError');
  // `#` sorts before every digit, so `to` as a bare timestamp excludes entries stamped exactly at `to`.
  return query({
    query: { user_id: { eq: userId }, timestamp: { between: [ctx.args.from, ctx.args.to] } },
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export function response(ctx: Context<Args>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const items = (ctx.result.items ?? []) as { timestamp: string }[];
  return { items: items.filter((a) => a.timestamp < ctx.args.to), nextToken: ctx.result.nextToken ?? null };
}
