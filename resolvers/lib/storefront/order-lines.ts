/**
 * placeOrder's lines: validated and merged (one line per product, since a transaction may touch an item only once),
 * then priced from the products read from the table, never from the client.
 */
import { util } from '@aws-appsync/utils';
import { deliveryFeePaise, toPaise, toRupees } from './money';

export const MAX_LINES = 25;
export const MAX_QUANTITY = 100;

export interface Line {
  product_id: string;
  quantity: number;
}

export function mergedLines(items: Line[]): Line[] {
  if (!items || items.length === 0 || items.length > MAX_LINES) {
    util.error(`an order has 1 to ${MAX_LINES} lines`, 'ValidationError');
  }
  const merged: Line[] = [];
  for (const item of items) {
    const q = item.quantity;
    if (typeof q !== 'number' || q < 1 || Math.floor(q) !== q) {
      util.error(`quantity of ${item.product_id} must be a whole number from 1`, 'ValidationError', null, { product_id: item.product_id });
    }
    const seen = merged.find((m) => m.product_id === item.product_id);
    if (seen) seen.quantity = seen.quantity + q;
    else merged.push({ product_id: item.product_id, quantity: q });
  }
  const big = merged.find((m) => m.quantity > MAX_QUANTITY);
  if (big) util.error(`at most ${MAX_QUANTITY} of a product per order`, 'ValidationError', null, { product_id: big.product_id });
  return merged;
}

export interface PricedOrder {
  items: { product_id: string; name: string; quantity: number; unit_price: number; line_total: number }[];
  subtotal: number;
  delivery_fee: number;
  total_amount: number;
}

/** `products[i]` is the stored product of `lines[i]` (null when there is none). */
export function pricedOrder(lines: Line[], products: (Record<string, unknown> | null)[]): PricedOrder {
  let subtotal = 0;
  const items = lines.map((line, i) => {
    const p = products[i];
    const info = { product_id: line.product_id };
    if (!p) util.error(`no product ${line.product_id} in this store`, 'ProductNotFound', null, info);
    const product = p as Record<string, unknown>;
    if (product.is_active !== true) util.error(`${line.product_id} is not available`, 'ProductUnavailable', null, info);
    const stock = product.stock_quantity as number;
    if (stock < line.quantity) util.error(`only ${stock} of ${line.product_id} left`, 'OutOfStock', null, { product_id: line.product_id, available: stock });
    const unit = toPaise(product.price as number);
    const lineTotal = unit * line.quantity;
    subtotal = subtotal + lineTotal;
    return { product_id: line.product_id, name: product.name as string, quantity: line.quantity, unit_price: toRupees(unit), line_total: toRupees(lineTotal) };
  });
  const fee = deliveryFeePaise(subtotal);
  return { items, subtotal: toRupees(subtotal), delivery_fee: toRupees(fee), total_amount: toRupees(subtotal + fee) };
}
