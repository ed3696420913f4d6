-- Razorpay payments of invoices. Amounts are numeric in the currency's major unit, like
-- invoices.total; the Razorpay boundary converts to integer minor units (paise).

CREATE TABLE payments (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  invoice_id          uuid NOT NULL,
  razorpay_order_id   varchar(64),
  -- NULL until Razorpay has created the payment. Critical index payments(razorpay_payment_id):
  -- the unique constraint provides it.
  razorpay_payment_id varchar(64) UNIQUE,
  amount              numeric NOT NULL CHECK (amount > 0 AND amount < 'Infinity'::numeric),
  currency            varchar(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- Seed erratum: Razorpay has no `partially_refunded` status; it keeps such a payment
  -- `captured` with refund_status=partial. We keep the seed's status and map it on purpose:
  -- captured + refund_status=partial -> partially_refunded, refund_status=full -> refunded.
  status              varchar(24) NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'authorized', 'captured', 'failed', 'refunded', 'partially_refunded')),
  payment_method      varchar(32),
  paid_at             timestamptz,
  reconciled_at       timestamptz,
  refund_amount       numeric NOT NULL DEFAULT 0 CHECK (refund_amount >= 0 AND refund_amount <= amount),
  refunded_at         timestamptz,
  retry_count         integer NOT NULL DEFAULT 0,
  max_retries         integer NOT NULL DEFAULT 3 CHECK (max_retries >= 0),
  next_retry_at       timestamptz,
  last_retry_at       timestamptz,
  retry_history       jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(retry_history) = 'array'),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  -- The invoice paid must belong to the paying organisation.
  FOREIGN KEY (organisation_id, invoice_id) REFERENCES invoices (organisation_id, id),
  CHECK (retry_count BETWEEN 0 AND max_retries),
  CHECK (status <> 'refunded' OR refund_amount = amount),
  CHECK (status <> 'partially_refunded' OR (refund_amount > 0 AND refund_amount < amount))
);
CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);
CREATE INDEX payments_razorpay_order_id_idx ON payments (razorpay_order_id);
CREATE INDEX payments_retry_due_idx ON payments (next_retry_at) WHERE status = 'failed';
CREATE TRIGGER payments_updated_at BEFORE UPDATE ON payments
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
