-- Pricing plans and exchange rates. Effective ranges are half-open: [effective_from, effective_to),
-- effective_to NULL meaning "still in force".

CREATE TABLE pricing_plans (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  metric_name       varchar(255) NOT NULL,
  unit              varchar(64) NOT NULL,
  price_per_unit    numeric NOT NULL CHECK (price_per_unit >= 0 AND price_per_unit < 'Infinity'::numeric),
  currency          varchar(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  effective_from    date NOT NULL,
  effective_to      date CHECK (effective_to IS NULL OR effective_to > effective_from),
  is_active         boolean NOT NULL DEFAULT true,
  -- Seed note: conversion tracking when a plan was derived from a price in another currency.
  original_currency varchar(3) CHECK (original_currency ~ '^[A-Z]{3}$'),
  exchange_rate     numeric CHECK (exchange_rate > 0 AND exchange_rate < 'Infinity'::numeric),
  conversion_date   timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (metric_name, unit, currency, effective_from)
);
CREATE INDEX pricing_plans_lookup_idx ON pricing_plans (metric_name, unit, effective_from DESC) WHERE is_active;
CREATE TRIGGER pricing_plans_updated_at BEFORE UPDATE ON pricing_plans
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE exchange_rates (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  base_currency   varchar(3) NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
  target_currency varchar(3) NOT NULL CHECK (target_currency ~ '^[A-Z]{3}$'),
  -- 1 base_currency = rate target_currency.
  rate            numeric NOT NULL CHECK (rate > 0 AND rate < 'Infinity'::numeric),
  effective_from  timestamptz NOT NULL,
  effective_to    timestamptz CHECK (effective_to IS NULL OR effective_to > effective_from),
  source          varchar(16) NOT NULL CHECK (source IN ('manual', 'api', 'razorpay')),
  metadata        jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (base_currency <> target_currency),
  UNIQUE (base_currency, target_currency, effective_from)
);
CREATE INDEX exchange_rates_lookup_idx ON exchange_rates (base_currency, target_currency, effective_from DESC);
CREATE TRIGGER exchange_rates_updated_at BEFORE UPDATE ON exchange_rates
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
