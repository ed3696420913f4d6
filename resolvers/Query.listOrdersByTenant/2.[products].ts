// Step 2: the products of the result's order lines, with one BatchGetItem (see lib/storefront/order-products.ts).
import type { Context } from '@aws-appsync/utils';
import { orderProductsRequest, orderProductsResponse } from '../lib/storefront/order-products';

export function request(ctx: Context) {
  return orderProductsRequest(ctx, true);
}

export function response(ctx: Context) {
  return orderProductsResponse(ctx, true);
}
