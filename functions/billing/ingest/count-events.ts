/**
 * Counts hot events into PostgreSQL exactly once, in ONE statement (so one transaction): insert the events
 * `ON CONFLICT DO NOTHING RETURNING`, and add to `usage_aggregates` only the rows that statement returned. An event
 * already counted (a replay, a concurrent flush, a re-run after a crash) conflicts on (organisation_id,
 * idempotency_key), is not returned, and adds nothing. A concurrent flush inserting the same key waits for the
 * first one's commit and then sees the conflict. Rows are written in key order so that two flushes of overlapping
 * batches lock in the same order and cannot deadlock.
 */
import type { Queryable } from '../../db/database';
import type { HotEvent } from './hot-store';

const COUNT_SQL = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
    organisation_id uuid, project_id uuid, metric_name text, metric_value numeric, unit text,
    ts_ms bigint, idempotency_key text, metadata jsonb)
),
inserted AS (
  INSERT INTO usage_events (organisation_id, project_id, metric_name, metric_value, unit, "timestamp",
                            idempotency_key, metadata)
  SELECT organisation_id, project_id, metric_name, metric_value, unit, to_timestamp(ts_ms / 1000.0),
         idempotency_key, COALESCE(metadata, '{}'::jsonb)
    FROM input
   ORDER BY organisation_id, idempotency_key
  ON CONFLICT (organisation_id, idempotency_key) DO NOTHING
  RETURNING organisation_id, project_id, metric_name, unit, metric_value, "timestamp"
),
added AS (
  INSERT INTO usage_aggregates (organisation_id, project_id, metric_name, unit, month, year, total_value, event_count)
  SELECT organisation_id, project_id, metric_name, unit,
         extract(month FROM "timestamp" AT TIME ZONE 'UTC')::int, extract(year FROM "timestamp" AT TIME ZONE 'UTC')::int,
         sum(metric_value), count(*)
    FROM inserted
   GROUP BY 1, 2, 3, 4, 5, 6
   ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (organisation_id, project_id, metric_name, unit, month, year) DO UPDATE
    SET total_value = usage_aggregates.total_value + EXCLUDED.total_value,
        event_count = usage_aggregates.event_count + EXCLUDED.event_count
  RETURNING 1
)
SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM added)::int AS aggregates`;

export interface CountOutcome {
  /** Events counted now (the rest were already counted). */
  inserted: number;
  /** Aggregate rows created or increased. */
  aggregates: number;
}

export async function countEvents(tx: Queryable, events: readonly HotEvent[]): Promise<CountOutcome> {
  if (events.length === 0) return { inserted: 0, aggregates: 0 };
  const rows = events.map((e) => ({
    organisation_id: e.organisation_id,
    project_id: e.project_id,
    metric_name: e.metric_name,
    metric_value: e.metric_value,
    unit: e.unit,
    ts_ms: e.timestamp,
    idempotency_key: e.idempotency_key,
    metadata: e.metadata ?? {},
  }));
  const out = await tx.query<CountOutcome>(COUNT_SQL, [JSON.stringify(rows)]);
  return out.rows[0];
}
