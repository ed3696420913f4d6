/**
 * Payment statuses move forward only: pending → authorized → captured → partially_refunded → refunded, failed from
 * pending or authorized, and the one backward move Razorpay makes: a failed payment later authorized (or captured).
 * https://razorpay.com/docs/payments/payments/#payment-life-cycle
 */
export type PaymentStatus = 'pending' | 'authorized' | 'captured' | 'failed' | 'refunded' | 'partially_refunded';

const RANK: Record<Exclude<PaymentStatus, 'failed'>, number> = { pending: 0, authorized: 1, captured: 2, partially_refunded: 3, refunded: 4 };

export function canMove(from: PaymentStatus, to: PaymentStatus): boolean {
  if (from === to) return false;
  if (to === 'failed') return from === 'pending' || from === 'authorized';
  if (from === 'failed') return to === 'authorized' || to === 'captured';
  return RANK[to] > RANK[from];
}
