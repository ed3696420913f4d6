/**
 * Query.flowMigrations: the applied data migrations (a Scan: the table holds one small item per version). Only items
 * with `applied_at` are records; the run lock of `npm run migrate` (`version = "lock"`, infra/migrations/migration-lock.ts)
 * has none. The filter runs after `limit` (DynamoDB's Scan), so a page may hold fewer items; nextToken still goes on.
 */
import { util, type Context } from '@aws-appsync/utils';
import { scan } from '@aws-appsync/utils/dynamodb';
import type { QueryFlowMigrationsArgs } from './lib/generated/schema-types';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryFlowMigrationsArgs>) {
  return scan({
    limit: pageSize(ctx.args.limit),
    nextToken: ctx.args.nextToken ?? undefined,
    consistentRead: true,
    filter: { applied_at: { attributeExists: true } },
  });
}

export function response(ctx: Context<QueryFlowMigrationsArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  const items = (ctx.result.items ?? []) as Record<string, string>[];
  const versions = items.map((m) => m.version).sort();
  return { items: versions.map((v) => items.find((m) => m.version === v)), nextToken: ctx.result.nextToken ?? null };
}
