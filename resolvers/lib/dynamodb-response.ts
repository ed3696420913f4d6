/**
 * The response handler shared by DynamoDB resolvers: a data source error reaches the client only if the handler
 * raises it, so raise it with the data source's message and type (e.g. `DynamoDB:ConditionalCheckFailedException`);
 * otherwise return the result unchanged.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-overview-js.html
 */
import { util, type Context } from '@aws-appsync/utils';

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
