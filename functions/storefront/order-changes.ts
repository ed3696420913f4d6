/**
 * Order changes that no client mutation published. placeOrder and updateOrderStatus return the order, so AppSync
 * pushes them to onOrderUpdated itself; assignDelivery and updateDeliveryStatus return the delivery but also move the
 * order (OUT_FOR_DELIVERY, DELIVERED, back to PREPARING). Those writes mark the order `status_source: "delivery"`,
 * and the orders table's stream turns each such status change into a publishOrderUpdate, so order subscribers see
 * every status. A captured Razorpay payment confirms its order from the webhook (no client mutation at all): that
 * write marks `status_source: "payment"` and is published the same way.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

export interface StreamRecord {
  eventID?: string;
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE' | string;
  dynamodb?: { NewImage?: Record<string, AttributeValue>; OldImage?: Record<string, AttributeValue> };
}

const ORDER_FIELDS = [
  'order_id', 'tenant_id', 'store_id', 'status', 'subtotal', 'delivery_fee', 'total_amount', 'customer_name',
  'customer_phone', 'delivery_address', 'payment_method', 'payment_status', 'razorpay_payment_id', 'delivery_agent_id',
  'delivered_at', 'created_at', 'updated_at',
] as const;
/** Writers whose status changes nobody else publishes. */
const PUBLISHED_SOURCES = new Set(['delivery', 'payment']);
const ITEM_FIELDS = ['product_id', 'name', 'quantity', 'unit_price', 'line_total'] as const;

const pick = (source: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => source[f] !== undefined).map((f) => [f, source[f]]));

/** The OrderUpdateInput of a record that must be published, or null. */
export function orderUpdateOf(record: StreamRecord): Record<string, unknown> | null {
  if (record.eventName !== 'MODIFY' || !record.dynamodb?.NewImage || !record.dynamodb.OldImage) return null;
  const now = unmarshall(record.dynamodb.NewImage);
  const before = unmarshall(record.dynamodb.OldImage);
  if (now.status === before.status || !PUBLISHED_SOURCES.has(String(now.status_source))) return null;
  const items = Array.isArray(now.items) ? now.items.map((item: Record<string, unknown>) => pick(item, ITEM_FIELDS)) : [];
  return { ...pick(now, ORDER_FIELDS), items };
}
