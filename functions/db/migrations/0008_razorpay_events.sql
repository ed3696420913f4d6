-- Razorpay webhook deliveries already applied, by x-razorpay-event-id: Razorpay delivers at least once, so a repeated
-- event must change nothing. Written in the same transaction as the event's effect.

CREATE TABLE razorpay_webhook_events (
  event_id    varchar(64) PRIMARY KEY,
  event       varchar(64) NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

-- At most one open Razorpay order per invoice: a retried createInvoicePaymentOrder finds it instead of making another.
CREATE UNIQUE INDEX payments_one_open_order_per_invoice
  ON payments (invoice_id) WHERE status IN ('pending', 'authorized');

-- Refunds of a payment (not in the seed, which keeps only the running refund_amount): one row per Razorpay refund,
-- keyed by the caller's idempotency key (sent as X-Refund-Idempotency), so a retried refund is one refund.
CREATE TABLE payment_refunds (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  payment_id         uuid NOT NULL REFERENCES payments (id),
  idempotency_key    varchar(64) NOT NULL UNIQUE,
  razorpay_refund_id varchar(64) UNIQUE,
  amount             numeric NOT NULL CHECK (amount > 0 AND amount < 'Infinity'::numeric),
  status             varchar(16) NOT NULL CHECK (status IN ('created', 'processed', 'failed')),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_refunds_payment_idx ON payment_refunds (payment_id);
CREATE TRIGGER payment_refunds_updated_at BEFORE UPDATE ON payment_refunds
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
