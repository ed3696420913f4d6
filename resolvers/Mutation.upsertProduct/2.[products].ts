// Step 2: create the product (new id), or replace an existing one keeping its created_at (an unknown id is
// ProductNotFound, never created). low_stock follows the stock against the threshold.
import { util, type Context } from '@aws-appsync/utils';
import { put, update, operations } from '@aws-appsync/utils/dynamodb';

type Input = Record<string, unknown> & { store_id: string; product_id?: string | null; stock_quantity: number; low_stock_threshold?: number | null };

const FIELDS = ['name', 'description', 'price', 'currency', 'category', 'images', 'stock_quantity', 'low_stock_threshold', 'is_active', 'prediction'];

export function request(ctx: Context<{ input: Input }>) {
  const input = ctx.args.input;
  const threshold = input.low_stock_threshold;
  const low = threshold !== null && threshold !== undefined && input.stock_quantity <= threshold;
  const values: Record<string, unknown> = { low_stock: low };
  for (const name of FIELDS) {
    const value = input[name];
    if (value === null || value === undefined) values[name] = operations.remove();
    else values[name] = typeof value === 'object' ? operations.replace(value) : value;
  }
  if (!input.product_id) {
    const item: Record<string, unknown> = { low_stock: low, created_at: util.time.nowISO8601() };
    for (const name of FIELDS) {
      if (input[name] !== null && input[name] !== undefined) item[name] = input[name];
    }
    return put({ key: { store_id: input.store_id, product_id: util.autoId() }, item, condition: { product_id: { attributeExists: false } } });
  }
  return update({
    key: { store_id: input.store_id, product_id: input.product_id },
    update: values,
    condition: { product_id: { attributeExists: true } },
  });
}

export function response(ctx: Context) {
  if (ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') util.error('no such product in this store', 'ProductNotFound');
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
