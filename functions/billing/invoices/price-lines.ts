/**
 * Prices a month of usage: one line per (metric, unit), quantity the month's total over all projects, unit price
 * from the pricing plan in force on the first day of the period (preferring a plan in the organisation's currency),
 * converted with the exchange rate in force at the invoice date when the plan is in another currency. Each line is
 * rounded once, half-up, to the currency's minor unit; the total is the sum of the rounded lines.
 */
import type { Queryable } from '../../db/database';
import { BillingError } from '../errors';
import { Money, moneyText, roundToMinorUnit } from '../money';

export interface PricedLine {
  line_number: number;
  description: string;
  quantity: string;
  unit_price: string;
  total: string;
  currency: string;
}

export interface PricedInvoice {
  lines: PricedLine[];
  total: string;
  conversion: { original_currency: string; exchange_rate: string; conversion_date: Date } | null;
}

interface UsageRow {
  metric_name: string;
  unit: string;
  quantity: string;
}

interface PlanRow {
  price_per_unit: string;
  currency: string;
}

export async function planFor(tx: Queryable, metric: string, unit: string, periodStart: string, currency: string): Promise<PlanRow> {
  const { rows } = await tx.query<PlanRow>(
    `SELECT price_per_unit, currency FROM pricing_plans
      WHERE metric_name = $1 AND unit = $2 AND is_active
        AND effective_from <= $3::date AND (effective_to IS NULL OR effective_to > $3::date)
      ORDER BY (currency = $4) DESC, effective_from DESC LIMIT 1`,
    [metric, unit, periodStart, currency],
  );
  if (!rows[0]) throw new BillingError('PriceMissing', `no pricing plan for ${metric} (${unit}) on ${periodStart}`, { metric_name: metric, unit });
  return rows[0];
}

export async function rateFor(tx: Queryable, from: string, to: string, at: Date): Promise<string> {
  const { rows } = await tx.query<{ rate: string }>(
    `SELECT rate FROM exchange_rates
      WHERE base_currency = $1 AND target_currency = $2
        AND effective_from <= $3 AND (effective_to IS NULL OR effective_to > $3)
      ORDER BY effective_from DESC LIMIT 1`,
    [from, to, at],
  );
  if (!rows[0]) throw new BillingError('ExchangeRateMissing', `no ${from}→${to} exchange rate on ${at.toISOString()}`, { from, to });
  return rows[0].rate;
}

export async function priceMonth(
  tx: Queryable,
  organisation: { id: string; currency: string },
  period: { month: number; year: number; start: string },
  invoiceDate: Date,
): Promise<PricedInvoice> {
  const { rows: usage } = await tx.query<UsageRow>(
    `SELECT metric_name, unit, sum(total_value) AS quantity FROM usage_aggregates
      WHERE organisation_id = $1 AND month = $2 AND year = $3
      GROUP BY metric_name, unit ORDER BY metric_name, unit`,
    [organisation.id, period.month, period.year],
  );
  const currency = organisation.currency;
  let total = new Money(0);
  let conversion: PricedInvoice['conversion'] = null;
  const lines: PricedLine[] = [];
  for (const row of usage) {
    const plan = await planFor(tx, row.metric_name, row.unit, period.start, currency);
    let unitPrice = new Money(plan.price_per_unit);
    if (plan.currency !== currency) {
      const rate = await rateFor(tx, plan.currency, currency, invoiceDate);
      unitPrice = unitPrice.times(rate);
      conversion = { original_currency: plan.currency, exchange_rate: rate, conversion_date: invoiceDate };
    }
    const lineTotal = roundToMinorUnit(new Money(row.quantity).times(unitPrice), currency);
    total = total.plus(lineTotal);
    lines.push({
      line_number: lines.length + 1,
      description: `${row.metric_name} (${row.unit})`,
      quantity: row.quantity,
      unit_price: unitPrice.toFixed(),
      total: moneyText(lineTotal, currency),
      currency,
    });
  }
  return { lines, total: moneyText(total, currency), conversion };
}
