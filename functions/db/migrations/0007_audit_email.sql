-- Audit log (append-only) and e-mail notifications.

CREATE TABLE audit_logs (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL for platform-wide actions (pricing plans, exchange rates, admin users).
  organisation_id uuid REFERENCES organisations (id),
  entity_type     varchar(64) NOT NULL,
  entity_id       uuid,
  action          varchar(64) NOT NULL,
  -- NULL when the actor is the system (a scheduled job).
  user_id         uuid REFERENCES admin_users (id),
  changes         jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip_address      varchar(45),
  user_agent      varchar(1024),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_logs_org_created_idx ON audit_logs (organisation_id, created_at DESC);
CREATE INDEX audit_logs_entity_idx ON audit_logs (entity_type, entity_id);

CREATE FUNCTION audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_logs is append-only' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE ON audit_logs
  FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only();

CREATE TABLE email_notifications (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  invoice_id      uuid REFERENCES invoices (id),
  payment_id      uuid REFERENCES payments (id),
  recipient_email varchar(320) NOT NULL CHECK (recipient_email LIKE '%_@_%'),
  subject         varchar(998) NOT NULL,
  -- Message-ID of the sent mail (SES message id when deployed).
  message_id      varchar(255),
  status          varchar(8) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  error_message   text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  FOREIGN KEY (organisation_id, invoice_id) REFERENCES invoices (organisation_id, id),
  CHECK (status <> 'sent' OR sent_at IS NOT NULL)
);
CREATE INDEX email_notifications_invoice_idx ON email_notifications (invoice_id);
CREATE INDEX email_notifications_org_created_idx ON email_notifications (organisation_id, created_at DESC);
