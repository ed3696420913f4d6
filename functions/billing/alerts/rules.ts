/** Alert rules and history for operators: create, list, acknowledge. */
import type { Queryable } from '../../db/database';
import type { AdminAct } from '../admin/operations';
import { audit } from '../admin/audit';
import { BillingError } from '../errors';
import { decodeCursor, keysetPage, pageLimit, toGraphql } from '../rows';

const TYPES = ['usage_threshold', 'usage_spike', 'cost_threshold', 'unusual_pattern'];
const OPERATORS = ['gt', 'gte', 'lt', 'lte', 'eq'];
const PERIODS = ['hour', 'day', 'week', 'month'];
const CHANNELS = ['webhook', 'email'];
const DECIMAL = /^-?\d+(\.\d+)?$/;

export interface AlertRuleInput {
  organisation_id: string;
  project_id?: string | null;
  name: string;
  description?: string | null;
  alert_type: string;
  metric_name?: string | null;
  unit?: string | null;
  threshold_value: string;
  threshold_operator: string;
  comparison_period: string;
  spike_threshold_percent?: string | null;
  spike_comparison_period?: string | null;
  notification_channels?: string[] | null;
  webhook_url?: string | null;
  cooldown_minutes?: number | null;
}

function invalid(field: string, message: string): never {
  throw new BillingError('ValidationError', message, { field });
}

function check(input: AlertRuleInput): void {
  if (!TYPES.includes(input.alert_type)) invalid('alert_type', `alert_type must be one of ${TYPES.join(', ')}`);
  if (!OPERATORS.includes(input.threshold_operator)) invalid('threshold_operator', `threshold_operator must be one of ${OPERATORS.join(', ')}`);
  if (!PERIODS.includes(input.comparison_period)) invalid('comparison_period', `comparison_period must be one of ${PERIODS.join(', ')}`);
  if (!DECIMAL.test(input.threshold_value ?? '')) invalid('threshold_value', 'threshold_value must be a decimal');
  if (input.alert_type === 'usage_spike') {
    if (!DECIMAL.test(input.spike_threshold_percent ?? '') || Number(input.spike_threshold_percent) <= 0) invalid('spike_threshold_percent', 'a spike rule needs a positive spike_threshold_percent');
    if (!PERIODS.includes(input.spike_comparison_period ?? '')) invalid('spike_comparison_period', 'a spike rule needs spike_comparison_period');
  }
  const channels = input.notification_channels ?? [];
  if (channels.some((c) => !CHANNELS.includes(c))) invalid('notification_channels', `channels are ${CHANNELS.join(', ')}`);
  if (channels.includes('webhook') && !/^https?:\/\/\S+$/.test(input.webhook_url ?? '')) invalid('webhook_url', 'a webhook channel needs an http(s) webhook_url');
  if (input.cooldown_minutes !== null && input.cooldown_minutes !== undefined && input.cooldown_minutes < 0) invalid('cooldown_minutes', 'cooldown_minutes must be 0 or more');
}

export async function createAlertRule(act: AdminAct, input: AlertRuleInput) {
  check(input);
  const org = await act.tx.query('SELECT 1 FROM organisations WHERE id = $1', [input.organisation_id]);
  if (!org.rows[0]) throw new BillingError('NotFound', 'no such organisation', { organisation_id: input.organisation_id });
  if (input.project_id) {
    const project = await act.tx.query('SELECT 1 FROM projects WHERE id = $1 AND organisation_id = $2', [input.project_id, input.organisation_id]);
    if (!project.rows[0]) throw new BillingError('NotFound', 'no such project in this organisation', { project_id: input.project_id });
  }
  const { rows } = await act.tx.query(
    `INSERT INTO alert_rules (organisation_id, project_id, name, description, alert_type, metric_name, unit, threshold_value,
                              threshold_operator, comparison_period, spike_threshold_percent, spike_comparison_period,
                              notification_channels, webhook_url, cooldown_minutes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *`,
    [input.organisation_id, input.project_id ?? null, input.name, input.description ?? null, input.alert_type, input.metric_name ?? null, input.unit ?? null,
      input.threshold_value, input.threshold_operator, input.comparison_period, input.spike_threshold_percent ?? null, input.spike_comparison_period ?? null,
      input.notification_channels ?? [], input.webhook_url ?? null, input.cooldown_minutes ?? 60],
  );
  await audit(act.tx, { ...act, action: 'alert_rule.create', entityType: 'alert_rule', entityId: rows[0].id as string, organisationId: input.organisation_id, changes: { after: rows[0] } });
  return toGraphql(rows[0]);
}

export async function acknowledgeAlert(act: AdminAct, id: string, now: Date) {
  const { rows } = await act.tx.query(
    `UPDATE alert_history SET status = 'acknowledged', acknowledged_at = $2 WHERE id = $1 AND status <> 'acknowledged' RETURNING *`,
    [id, now],
  );
  if (!rows[0]) throw new BillingError('NotFound', 'no such unacknowledged alert', { id });
  await audit(act.tx, { ...act, action: 'alert.acknowledge', entityType: 'alert_history', entityId: id, organisationId: rows[0].organisation_id as string, changes: { status: 'acknowledged' } });
  return toGraphql(rows[0]);
}

export async function alertRulesOf(db: Queryable, organisationId: string) {
  const { rows } = await db.query('SELECT * FROM alert_rules WHERE organisation_id = $1 ORDER BY created_at, id', [organisationId]);
  return rows.map(toGraphql);
}

export async function alertHistoryOf(db: Queryable, args: { organisation_id: string; limit?: number | null; nextToken?: string | null }) {
  const limit = pageLimit(args.limit);
  const after = decodeCursor(args.nextToken, 2);
  const { rows } = await db.query(
    `SELECT * FROM alert_history WHERE organisation_id = $1
        AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $4`,
    [args.organisation_id, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  return keysetPage(rows, limit, (last) => [last.created_at, last.id]);
}
