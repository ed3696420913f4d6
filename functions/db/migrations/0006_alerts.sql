-- Alert rules and the history of every evaluation that fired (and every delivery attempt).

CREATE TABLE alert_rules (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id         uuid NOT NULL REFERENCES organisations (id),
  -- NULL: the rule covers every project of the organisation.
  project_id              uuid,
  name                    varchar(255) NOT NULL,
  description             text,
  alert_type              varchar(24) NOT NULL
                          CHECK (alert_type IN ('usage_threshold', 'usage_spike', 'cost_threshold', 'unusual_pattern')),
  metric_name             varchar(255),
  unit                    varchar(64),
  threshold_value         numeric NOT NULL CHECK (threshold_value < 'Infinity'::numeric),
  threshold_operator      varchar(3) NOT NULL CHECK (threshold_operator IN ('gt', 'gte', 'lt', 'lte', 'eq')),
  comparison_period       varchar(8) NOT NULL CHECK (comparison_period IN ('hour', 'day', 'week', 'month')),
  spike_threshold_percent numeric CHECK (spike_threshold_percent > 0 AND spike_threshold_percent < 'Infinity'::numeric),
  spike_comparison_period varchar(8) CHECK (spike_comparison_period IN ('hour', 'day', 'week', 'month')),
  is_active               boolean NOT NULL DEFAULT true,
  notification_channels   text[] NOT NULL DEFAULT '{}',
  webhook_url             text CHECK (webhook_url ~ '^https?://'),
  cooldown_minutes        integer NOT NULL DEFAULT 60 CHECK (cooldown_minutes >= 0),
  -- Not in the seed: lets evaluators claim a firing atomically
  -- (UPDATE ... WHERE last_triggered_at IS NULL OR last_triggered_at <= now() - cooldown),
  -- so concurrent evaluators never fire twice within the cooldown.
  last_triggered_at       timestamptz,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
  CHECK (alert_type <> 'usage_spike' OR (spike_threshold_percent IS NOT NULL AND spike_comparison_period IS NOT NULL)),
  CHECK (NOT ('webhook' = ANY (notification_channels)) OR webhook_url IS NOT NULL)
);
CREATE INDEX alert_rules_org_active_idx ON alert_rules (organisation_id) WHERE is_active;
CREATE TRIGGER alert_rules_updated_at BEFORE UPDATE ON alert_rules
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE alert_history (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  alert_rule_id         uuid NOT NULL REFERENCES alert_rules (id),
  organisation_id       uuid NOT NULL REFERENCES organisations (id),
  project_id            uuid,
  alert_type            varchar(24) NOT NULL
                        CHECK (alert_type IN ('usage_threshold', 'usage_spike', 'cost_threshold', 'unusual_pattern')),
  metric_name           varchar(255),
  unit                  varchar(64),
  threshold_value       numeric NOT NULL,
  actual_value          numeric NOT NULL,
  comparison_period     varchar(8) NOT NULL CHECK (comparison_period IN ('hour', 'day', 'week', 'month')),
  -- Half-open [period_start, period_end).
  period_start          timestamptz NOT NULL,
  period_end            timestamptz NOT NULL,
  status                varchar(16) NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sent', 'failed', 'acknowledged')),
  notification_channels text[] NOT NULL DEFAULT '{}',
  sent_at               timestamptz,
  acknowledged_at       timestamptz,
  error_message         text,
  metadata              jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at            timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
  CHECK (period_end > period_start)
);
CREATE INDEX alert_history_rule_created_idx ON alert_history (alert_rule_id, created_at DESC);
CREATE INDEX alert_history_org_created_idx ON alert_history (organisation_id, created_at DESC);
