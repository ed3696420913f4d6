-- Usage: metered events (flushed exactly once from the DynamoDB hot store) and their monthly
-- aggregates. The hot store keeps its own `processed_at`; PostgreSQL needs none: an event row
-- exists here iff it has been counted.

CREATE TABLE usage_events (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  project_id      uuid NOT NULL,
  metric_name     varchar(255) NOT NULL CHECK (btrim(metric_name) <> ''),
  -- Finite and non-negative: numeric accepts 'NaN' and 'Infinity', and NaN sorts above
  -- Infinity, so `< 'Infinity'` refuses both.
  metric_value    numeric NOT NULL CHECK (metric_value >= 0 AND metric_value < 'Infinity'::numeric),
  unit            varchar(64) NOT NULL CHECK (btrim(unit) <> ''),
  "timestamp"     timestamptz NOT NULL,
  idempotency_key varchar(255) NOT NULL CHECK (idempotency_key <> ''),
  metadata        jsonb NOT NULL DEFAULT '{}'::jsonb,
  ingested_at     timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
  -- Seed erratum: the seed makes idempotency_key globally UNIQUE, so one tenant's key could
  -- collide with (and so reveal) another's. Keys are unique per organisation.
  CONSTRAINT usage_events_org_idempotency_key UNIQUE (organisation_id, idempotency_key)
);
-- Critical index.
CREATE INDEX usage_events_org_project_timestamp_idx
  ON usage_events (organisation_id, project_id, "timestamp");

CREATE TABLE usage_aggregates (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  project_id      uuid NOT NULL,
  metric_name     varchar(255) NOT NULL,
  unit            varchar(64) NOT NULL,
  total_value     numeric NOT NULL DEFAULT 0 CHECK (total_value >= 0 AND total_value < 'Infinity'::numeric),
  -- bigint, not the seed's integer: 20,000 events/s overflow int4 within a month.
  event_count     bigint NOT NULL DEFAULT 0 CHECK (event_count >= 0),
  month           integer NOT NULL CHECK (month BETWEEN 1 AND 12),
  year            integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  -- The UTC month as dates: the period is [period_start 00:00 UTC, period_end 00:00 UTC).
  period_start    date GENERATED ALWAYS AS (make_date(year, month, 1)) STORED,
  period_end      date GENERATED ALWAYS AS ((make_date(year, month, 1) + interval '1 month')::date) STORED,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
  UNIQUE (organisation_id, project_id, metric_name, unit, month, year)
);
-- Critical index.
CREATE INDEX usage_aggregates_org_month_year_idx ON usage_aggregates (organisation_id, month, year);
CREATE TRIGGER usage_aggregates_updated_at BEFORE UPDATE ON usage_aggregates
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
