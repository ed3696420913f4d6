/**
 * What an alert rule measures in the window that contains `now`:
 * - usage_threshold: the usage so far in the window (sum of metric values, the rule's metric/unit/project);
 * - cost_threshold: that usage priced (every metric, or the rule's), in the organisation's currency;
 * - usage_spike: the percent increase over the same window one `spike_comparison_period` earlier (this hour against
 *   the same hour yesterday, for a day);
 * - unusual_pattern: how many standard deviations the window is from the previous 7 windows' mean (z-score).
 * Usage is read from usage_events through the (organisation_id, project_id, timestamp) index.
 */
import type { Queryable } from '../../db/database';
import { Money } from '../money';
import { planFor, rateFor } from '../invoices/price-lines';
import { shiftBack, windowBefore, windowOf, type Period, type Window } from './windows';

export interface AlertRule {
  id: string;
  organisation_id: string;
  project_id: string | null;
  alert_type: 'usage_threshold' | 'usage_spike' | 'cost_threshold' | 'unusual_pattern';
  metric_name: string | null;
  unit: string | null;
  threshold_value: string;
  threshold_operator: 'gt' | 'gte' | 'lt' | 'lte' | 'eq';
  comparison_period: Period;
  spike_threshold_percent: string | null;
  spike_comparison_period: Period | null;
  notification_channels: string[];
  webhook_url: string | null;
  cooldown_minutes: number;
}

export interface Measurement {
  /** The value compared with the threshold. */
  actual: Money;
  /** The threshold it is compared with (spike: the spike percent). */
  threshold: Money;
  window: Window;
  details: Record<string, string>;
}

const PATTERN_HISTORY = 7;

async function usageBy(tx: Queryable, rule: AlertRule, window: Window) {
  const { rows } = await tx.query<{ metric_name: string; unit: string; total: string }>(
    `SELECT metric_name, unit, sum(metric_value) AS total FROM usage_events
      WHERE organisation_id = $1 AND ($2::uuid IS NULL OR project_id = $2)
        AND "timestamp" >= $3 AND "timestamp" < $4
        AND ($5::text IS NULL OR metric_name = $5) AND ($6::text IS NULL OR unit = $6)
      GROUP BY metric_name, unit`,
    [rule.organisation_id, rule.project_id, window.start, window.end, rule.metric_name, rule.unit],
  );
  return rows;
}

async function usage(tx: Queryable, rule: AlertRule, window: Window): Promise<Money> {
  return (await usageBy(tx, rule, window)).reduce((sum, r) => sum.plus(r.total), new Money(0));
}

async function cost(tx: Queryable, rule: AlertRule, window: Window, now: Date): Promise<Money> {
  const { rows } = await tx.query<{ currency: string }>('SELECT currency FROM organisations WHERE id = $1', [rule.organisation_id]);
  const currency = rows[0]?.currency ?? 'INR';
  let total = new Money(0);
  for (const row of await usageBy(tx, rule, window)) {
    const plan = await planFor(tx, row.metric_name, row.unit, window.start.toISOString().slice(0, 10), currency);
    const rate = plan.currency === currency ? '1' : await rateFor(tx, plan.currency, currency, now);
    total = total.plus(new Money(row.total).times(plan.price_per_unit).times(rate));
  }
  return total;
}

export async function measure(tx: Queryable, rule: AlertRule, now: Date): Promise<Measurement> {
  const window = windowOf(rule.comparison_period, now);
  const threshold = new Money(rule.threshold_value);
  if (rule.alert_type === 'usage_threshold') return { actual: await usage(tx, rule, window), threshold, window, details: {} };
  if (rule.alert_type === 'cost_threshold') return { actual: await cost(tx, rule, window, now), threshold, window, details: {} };
  if (rule.alert_type === 'usage_spike') {
    const current = await usage(tx, rule, window);
    const previousWindow = windowOf(rule.comparison_period, shiftBack(rule.spike_comparison_period ?? rule.comparison_period, window.start));
    const previous = await usage(tx, rule, previousWindow);
    // No baseline, no spike: growth from zero is not a percentage.
    const percent = previous.isZero() ? new Money(0) : current.minus(previous).dividedBy(previous).times(100);
    return { actual: percent, threshold: new Money(rule.spike_threshold_percent ?? rule.threshold_value), window, details: { current: current.toFixed(), previous: previous.toFixed() } };
  }
  const current = await usage(tx, rule, window);
  const history: Money[] = [];
  for (let n = 1; n <= PATTERN_HISTORY; n++) history.push(await usage(tx, rule, windowBefore(rule.comparison_period, window, n)));
  const mean = history.reduce((a, b) => a.plus(b), new Money(0)).dividedBy(history.length);
  const variance = history.reduce((a, b) => a.plus(b.minus(mean).pow(2)), new Money(0)).dividedBy(history.length);
  const deviation = variance.sqrt();
  const z = deviation.isZero() ? new Money(0) : current.minus(mean).dividedBy(deviation);
  return { actual: z, threshold, window, details: { current: current.toFixed(), mean: mean.toFixed(), stddev: deviation.toFixed() } };
}

export function crosses(actual: Money, operator: AlertRule['threshold_operator'], threshold: Money): boolean {
  const c = actual.comparedTo(threshold);
  return { gt: c > 0, gte: c >= 0, lt: c < 0, lte: c <= 0, eq: c === 0 }[operator];
}
