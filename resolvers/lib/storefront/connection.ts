/** A DynamoDB Query result as a GraphQL connection `{ items, nextToken }`; errors raised as the data source's. */
import { util, type Context } from '@aws-appsync/utils';

export function connectionResponse(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return { items: ctx.result.items ?? [], nextToken: ctx.result.nextToken ?? null };
}
