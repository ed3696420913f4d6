/**
 * Evaluates the active alert rules (of some organisations, or all): measures each, and when its threshold is crossed
 * claims the firing and writes its history row in ONE transaction. The claim is a conditional UPDATE of
 * `last_triggered_at` (only when the cooldown has passed), so concurrent evaluators never fire a rule twice within
 * its cooldown. Webhooks are delivered after the commit; each attempt is kept in the history row's metadata and the
 * row ends `sent` or `failed`.
 */
import type { Database } from '../../db/database';
import { crosses, measure, type AlertRule } from './measure';
import { deliverWebhook, type WebhookOptions } from './webhook';

export interface EvaluateOptions {
  now: Date;
  organisationIds?: string[];
  webhook: WebhookOptions;
  log?: (line: string) => void;
}

export interface Fired {
  historyId: string;
  ruleId: string;
  status: 'sent' | 'failed' | 'pending';
}

export async function evaluateAlerts(db: Database, options: EvaluateOptions): Promise<Fired[]> {
  const { rows: rules } = await db.query<AlertRule>(
    `SELECT * FROM alert_rules WHERE is_active AND ($1::uuid[] IS NULL OR organisation_id = ANY($1)) ORDER BY id`,
    [options.organisationIds ?? null],
  );
  const fired: Fired[] = [];
  for (const rule of rules) {
    const claimed = await db.transaction(async (tx) => {
      const m = await measure(tx, rule, options.now);
      if (!crosses(m.actual, rule.threshold_operator, m.threshold)) return null;
      const claim = await tx.query(
        `UPDATE alert_rules SET last_triggered_at = $2
          WHERE id = $1 AND (last_triggered_at IS NULL OR last_triggered_at <= $2::timestamptz - make_interval(mins => cooldown_minutes))
          RETURNING id`,
        [rule.id, options.now],
      );
      if (claim.rowCount === 0) return null;
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO alert_history (alert_rule_id, organisation_id, project_id, alert_type, metric_name, unit, threshold_value,
                                    actual_value, comparison_period, period_start, period_end, notification_channels, metadata)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [rule.id, rule.organisation_id, rule.project_id, rule.alert_type, rule.metric_name, rule.unit, m.threshold.toFixed(), m.actual.toFixed(),
          rule.comparison_period, m.window.start, m.window.end, rule.notification_channels, JSON.stringify({ details: m.details, attempts: [] })],
      );
      return { historyId: rows[0].id, measured: m };
    });
    if (!claimed) continue;
    options.log?.(`alert ${rule.id} fired (${rule.alert_type} ${claimed.measured.actual.toFixed()} ${rule.threshold_operator} ${claimed.measured.threshold.toFixed()})`);
    if (!rule.notification_channels.includes('webhook') || !rule.webhook_url) {
      fired.push({ historyId: claimed.historyId, ruleId: rule.id, status: 'pending' });
      continue;
    }
    const payload = {
      alert_id: claimed.historyId,
      rule_id: rule.id,
      organisation_id: rule.organisation_id,
      project_id: rule.project_id,
      alert_type: rule.alert_type,
      metric_name: rule.metric_name,
      unit: rule.unit,
      threshold_value: claimed.measured.threshold.toFixed(),
      actual_value: claimed.measured.actual.toFixed(),
      period_start: claimed.measured.window.start.toISOString(),
      period_end: claimed.measured.window.end.toISOString(),
    };
    const delivery = await deliverWebhook(rule.webhook_url, payload, options.webhook);
    const status = delivery.delivered ? 'sent' : 'failed';
    await db.query(
      `UPDATE alert_history SET status = $2::varchar, sent_at = CASE WHEN $2::varchar = 'sent' THEN $5::timestamptz END, error_message = $3,
              metadata = jsonb_set(metadata, '{attempts}', $4::jsonb)
        WHERE id = $1`,
      [claimed.historyId, status, delivery.delivered ? null : delivery.attempts[delivery.attempts.length - 1]?.error ?? 'not delivered', JSON.stringify(delivery.attempts), options.now],
    );
    fired.push({ historyId: claimed.historyId, ruleId: rule.id, status });
  }
  return fired;
}
