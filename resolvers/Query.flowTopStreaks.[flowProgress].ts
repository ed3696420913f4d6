/**
 * Query.flowTopStreaks: the longest streaks across users on one day, on GSI top-streaks-index (date, streak) read
 * backwards (erratum: the seed's streak-index is per user and cannot rank users).
 */
import { util, type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowTopStreaksArgs } from './lib/generated/schema-types';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryFlowTopStreaksArgs>) {
  return query({ index: 'top-streaks-index', query: { date: { eq: ctx.args.date.slice(0, 10) } }, scanIndexForward: false, limit: pageSize(ctx.args.limit) });
}

export function response(ctx: Context<QueryFlowTopStreaksArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result.items ?? [];
}
