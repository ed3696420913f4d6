/** Query.listUsagePlans: a page of usage plans (a Scan: the table holds a handful of plans). */
import { util, type Context } from '@aws-appsync/utils';
import { scan } from '@aws-appsync/utils/dynamodb';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<{ limit?: number | null; nextToken?: string | null }>) {
  return scan({ limit: pageSize(ctx.args.limit), nextToken: ctx.args.nextToken ?? undefined });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return { items: ctx.result.items ?? [], nextToken: ctx.result.nextToken ?? null };
}
