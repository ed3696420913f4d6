// A store order confirmed by a captured Razorpay payment (status_source "payment") reaches order subscribers through
// the stream publisher, exactly like delivery changes; a payment write that keeps the status publishes nothing.
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { orderUpdateOf } from '../../../functions/storefront/order-changes';

const pending = {
  order_id: 'o9', tenant_id: 't1', store_id: 's1', status: 'PENDING', subtotal: 180, delivery_fee: 40, total_amount: 220,
  customer_phone: '+919811111111', payment_method: 'UPI', payment_status: 'PENDING', created_at: '2026-11-22T10:00:00Z',
  items: [{ product_id: 'p1', name: 'Tea', quantity: 1, unit_price: 180, line_total: 180 }],
};
const modify = (before: object, after: object) => ({
  eventName: 'MODIFY',
  dynamodb: { OldImage: marshall(before), NewImage: marshall(after) },
});

describe('order changes written by payments', () => {
  it('publishes PENDING → CONFIRMED written by the payment webhook', () => {
    const confirmed = { ...pending, status: 'CONFIRMED', payment_status: 'PAID', razorpay_payment_id: 'pay_1', status_source: 'payment' };
    expect(orderUpdateOf(modify(pending, confirmed))).toMatchObject({ order_id: 'o9', status: 'CONFIRMED', payment_status: 'PAID', razorpay_payment_id: 'pay_1' });
  });
  it('publishes nothing when a repeated payment write leaves the status alone, or for an unknown writer', () => {
    const confirmed = { ...pending, status: 'CONFIRMED', status_source: 'payment' };
    expect(orderUpdateOf(modify(confirmed, { ...confirmed, updated_at: 'later' }))).toBeNull();
    expect(orderUpdateOf(modify(pending, { ...confirmed, status_source: 'order' }))).toBeNull();
  });
});
