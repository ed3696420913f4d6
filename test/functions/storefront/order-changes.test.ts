// Which order stream records become a publishOrderUpdate: status changes written by the delivery mutations only.
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { orderUpdateOf } from '../../../functions/storefront/order-changes';

const order = {
  order_id: 'o1', tenant_id: 't1', store_id: 's1', status: 'PREPARING', subtotal: 180, delivery_fee: 40, total_amount: 220,
  customer_phone: '+919811111111', payment_method: 'COD', payment_status: 'COD_PENDING', created_at: '2026-11-22T10:00:00Z',
  items: [{ product_id: 'p1', name: 'Tea', quantity: 1, unit_price: 180, line_total: 180, extra: 'dropped' }],
};
const record = (before: object, after: object, eventName = 'MODIFY') => ({
  eventName,
  dynamodb: { OldImage: marshall(before, { removeUndefinedValues: true }), NewImage: marshall(after, { removeUndefinedValues: true }) },
});

describe('order changes to publish', () => {
  it('publishes a status change made by a delivery mutation, shaped as OrderUpdateInput', () => {
    const update = orderUpdateOf(record(order, { ...order, status: 'OUT_FOR_DELIVERY', delivery_agent_id: 'a1', status_source: 'delivery' }));
    expect(update).toMatchObject({ order_id: 'o1', status: 'OUT_FOR_DELIVERY', delivery_agent_id: 'a1', total_amount: 220 });
    expect(update).not.toHaveProperty('status_source');
    expect((update as { items: unknown[] }).items).toEqual([{ product_id: 'p1', name: 'Tea', quantity: 1, unit_price: 180, line_total: 180 }]);
  });

  it('leaves alone what the order mutations publish themselves, inserts, and changes that keep the status', () => {
    expect(orderUpdateOf(record(order, { ...order, status: 'CANCELLED', status_source: 'order' }))).toBeNull();
    expect(orderUpdateOf(record(order, { ...order, status_source: 'delivery', updated_at: 'x' }))).toBeNull();
    expect(orderUpdateOf(record({}, order, 'INSERT'))).toBeNull();
  });
});
