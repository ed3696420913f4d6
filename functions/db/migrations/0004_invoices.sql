-- Invoice templates, invoices, their line items, and per-organisation gapless invoice numbers.
--
-- Invoice life cycle (enforced by invoices_guard below, so no code path can bypass it):
--   draft -> finalized -> paid -> refunded, and cancelled from draft or finalized.
-- A draft has no number; it gets the next number of its organisation when finalized.
-- From finalization on, the billed content (amounts, currency, period, number, ...) is frozen,
-- and line items can only be written while their invoice is a draft.

CREATE TABLE invoice_templates (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL: a platform-wide template.
  organisation_id uuid REFERENCES organisations (id),
  name            varchar(255) NOT NULL,
  description     text,
  template_type   varchar(8) NOT NULL CHECK (template_type IN ('html', 'pdf')),
  is_default      boolean NOT NULL DEFAULT false,
  is_active       boolean NOT NULL DEFAULT true,
  html_content    text NOT NULL,
  css_content     text,
  variables       jsonb NOT NULL DEFAULT '{}'::jsonb,
  preview_data    jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by      varchar(320),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
-- At most one default template per organisation, and one platform-wide default.
CREATE UNIQUE INDEX invoice_templates_one_default_idx
  ON invoice_templates (COALESCE(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid))
  WHERE is_default;
CREATE TRIGGER invoice_templates_updated_at BEFORE UPDATE ON invoice_templates
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE invoices (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  -- Seed: UNIQUE. Set at finalization; being globally unique, its text embeds something of the
  -- organisation, while invoice_sequence is the gapless per-organisation counter behind it.
  invoice_number    varchar(64) UNIQUE,
  invoice_sequence  bigint CHECK (invoice_sequence >= 1),
  total             numeric NOT NULL DEFAULT 0 CHECK (total >= 0 AND total < 'Infinity'::numeric),
  currency          varchar(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  status            varchar(16) NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'finalized', 'paid', 'refunded', 'cancelled')),
  pdf_url           varchar(2048),
  pdf_generated_at  timestamptz,
  month             integer NOT NULL CHECK (month BETWEEN 1 AND 12),
  year              integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  -- The billed UTC month: [period_start 00:00 UTC, period_end 00:00 UTC).
  period_start      date GENERATED ALWAYS AS (make_date(year, month, 1)) STORED,
  period_end        date GENERATED ALWAYS AS ((make_date(year, month, 1) + interval '1 month')::date) STORED,
  due_date          date,
  paid_at           timestamptz,
  finalized_at      timestamptz,
  -- Seed notes: the template used, and conversion tracking.
  template_id       uuid REFERENCES invoice_templates (id),
  original_currency varchar(3) CHECK (original_currency ~ '^[A-Z]{3}$'),
  exchange_rate     numeric CHECK (exchange_rate > 0 AND exchange_rate < 'Infinity'::numeric),
  conversion_date   timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, id),
  UNIQUE (organisation_id, invoice_sequence),
  CHECK (
    (status = 'draft' AND invoice_number IS NULL AND invoice_sequence IS NULL)
    OR (status IN ('finalized', 'paid', 'refunded') AND invoice_number IS NOT NULL AND invoice_sequence IS NOT NULL)
    OR (status = 'cancelled' AND (invoice_number IS NULL) = (invoice_sequence IS NULL))
  ),
  CHECK (status NOT IN ('paid', 'refunded') OR paid_at IS NOT NULL)
);
-- Seed: one live invoice per organisation and month; a cancelled one does not count.
CREATE UNIQUE INDEX invoices_one_live_per_org_month
  ON invoices (organisation_id, month, year) WHERE status <> 'cancelled';
-- Critical index (the partial index above leaves out cancelled invoices).
CREATE INDEX invoices_org_month_year_idx ON invoices (organisation_id, month, year);
CREATE INDEX invoices_status_idx ON invoices (status);
CREATE TRIGGER invoices_updated_at BEFORE UPDATE ON invoices
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE FUNCTION invoices_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'invoice % is % and cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF NEW.status <> OLD.status AND (OLD.status, NEW.status) NOT IN (
       ('draft', 'finalized'), ('draft', 'cancelled'), ('finalized', 'paid'),
       ('finalized', 'cancelled'), ('paid', 'refunded')) THEN
    RAISE EXCEPTION 'invoice % cannot move from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.status <> 'draft' AND
     (NEW.organisation_id, NEW.invoice_number, NEW.invoice_sequence, NEW.total, NEW.currency,
      NEW.month, NEW.year, NEW.due_date, NEW.finalized_at, NEW.template_id, NEW.original_currency,
      NEW.exchange_rate, NEW.conversion_date)
     IS DISTINCT FROM
     (OLD.organisation_id, OLD.invoice_number, OLD.invoice_sequence, OLD.total, OLD.currency,
      OLD.month, OLD.year, OLD.due_date, OLD.finalized_at, OLD.template_id, OLD.original_currency,
      OLD.exchange_rate, OLD.conversion_date) THEN
    RAISE EXCEPTION 'invoice % is % and its content is final', OLD.id, OLD.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER invoices_guard BEFORE UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_guard();

CREATE TABLE invoice_line_items (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  invoice_id  uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
  line_number integer NOT NULL CHECK (line_number >= 1),
  description varchar(1000) NOT NULL,
  quantity    numeric NOT NULL CHECK (quantity >= 0 AND quantity < 'Infinity'::numeric),
  unit_price  numeric NOT NULL CHECK (unit_price >= 0 AND unit_price < 'Infinity'::numeric),
  -- quantity * unit_price rounded once, half-up, to the currency's minor unit (application side).
  total       numeric NOT NULL CHECK (total >= 0 AND total < 'Infinity'::numeric),
  currency    varchar(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  UNIQUE (invoice_id, line_number)
);

-- Line items change only while their invoice is a draft. FOR SHARE makes a concurrent
-- finalization wait for this transaction (and this one wait for it).
CREATE FUNCTION invoice_line_items_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_status text;
BEGIN
  SELECT status INTO parent_status FROM invoices
   WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END
   FOR SHARE;
  -- Not found: a cascade from deleting a (draft) invoice, or a foreign key error to come.
  IF FOUND AND parent_status <> 'draft' THEN
    RAISE EXCEPTION 'invoice is % and its line items are final', parent_status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.invoice_id <> OLD.invoice_id THEN
    RAISE EXCEPTION 'a line item cannot move to another invoice'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER invoice_line_items_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice_line_items
  FOR EACH ROW EXECUTE FUNCTION invoice_line_items_guard();

-- Gapless per-organisation numbering: finalization runs
--   INSERT ... ON CONFLICT (organisation_id) DO UPDATE SET next_value = next_value + 1
--   RETURNING next_value - 1
-- in the same transaction that finalizes the invoice; the row lock serialises concurrent
-- finalizations and a rollback gives the number back (a SEQUENCE would leave gaps).
CREATE TABLE invoice_number_sequences (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  next_value      bigint NOT NULL DEFAULT 1 CHECK (next_value >= 1),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER invoice_number_sequences_updated_at BEFORE UPDATE ON invoice_number_sequences
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
