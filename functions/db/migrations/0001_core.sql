-- Core tables of the Metrics Billing Platform (seed 002): organisations, projects, API keys,
-- admin users and their API keys.
--
-- Conventions for every billing migration:
-- * money and metric values are `numeric` (exact), never float;
-- * every instant is `timestamptz`; sessions run in UTC;
-- * billing periods (`month`, `year`) are UTC months, half-open [start, end)  (seed erratum:
--   the seed gives no timezone);
-- * `updated_at` is maintained by the trigger below, not by callers.
-- PostgreSQL 14+ (numeric 'Infinity'); gen_random_uuid() is built in since 13.

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE TABLE organisations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          varchar(255) NOT NULL CHECK (btrim(name) <> ''),
  billing_email varchar(320) NOT NULL CHECK (billing_email LIKE '%_@_%'),
  is_active     boolean NOT NULL DEFAULT true,
  -- Seed note: billing currency of the organisation (ISO 4217).
  currency      varchar(3) NOT NULL DEFAULT 'INR' CHECK (currency ~ '^[A-Z]{3}$'),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER organisations_updated_at BEFORE UPDATE ON organisations
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE projects (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  name            varchar(255) NOT NULL CHECK (btrim(name) <> ''),
  description     text,
  is_active       boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  -- Target of composite foreign keys: a row naming (organisation_id, project_id) must name a
  -- project of that very organisation.
  UNIQUE (organisation_id, id)
);
CREATE TRIGGER projects_updated_at BEFORE UPDATE ON projects
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE api_keys (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects (id),
  -- SHA-256 of the key, lower-case hex; the key itself is never stored.
  -- The unique constraint is also the seed's critical index api_keys(key_hash).
  key_hash   varchar(64) NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  name       varchar(255) NOT NULL,
  is_active  boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_keys_project_id_idx ON api_keys (project_id);
CREATE TRIGGER api_keys_updated_at BEFORE UPDATE ON api_keys
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE admin_users (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email       varchar(320) NOT NULL CHECK (email LIKE '%_@_%'),
  role        varchar(16) NOT NULL CHECK (role IN ('admin', 'operator', 'viewer')),
  permissions jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(permissions) = 'object'),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
-- Seed: email UNIQUE. Case-insensitive, so Admin@x and admin@x are one user.
CREATE UNIQUE INDEX admin_users_email_key ON admin_users (lower(email));
CREATE TRIGGER admin_users_updated_at BEFORE UPDATE ON admin_users
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE admin_api_keys (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    uuid NOT NULL REFERENCES admin_users (id),
  -- Critical index admin_api_keys(key_hash): the unique constraint provides it.
  key_hash   varchar(64) NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  name       varchar(255) NOT NULL,
  is_active  boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX admin_api_keys_user_id_idx ON admin_api_keys (user_id);
CREATE TRIGGER admin_api_keys_updated_at BEFORE UPDATE ON admin_api_keys
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
