/**
 * Seed 002 (billing): pending events in the hot store, waiting for the flush into PostgreSQL. The seed's D1
 * columns are kept (`timestamp`, `ingested_at` in epoch ms; `processed_at` absent while pending); keyed by
 * (organisation_id, idempotency_key); `pending_shard` is set only while pending (the sparse pending-index);
 * `expires_at` (epoch seconds) is the TTL.
 */
import { DAY_MS, MINUTE_MS, epochSeconds, isoAt, type DemoContext, type DemoItem, type DemoTables } from './generate';

/** Pending events are spread over this many `pending_shard` values: `shard-0` ... `shard-3`. */
export const HOT_EVENT_PENDING_SHARDS = 4;
export const pendingShard = (n: number): string => `shard-${n % HOT_EVENT_PENDING_SHARDS}`;
/** How long a hot event is kept after ingestion (TTL), flushed or not. */
export const HOT_EVENT_TTL_DAYS = 7;

/** Billing organisations and projects of the demo (the PostgreSQL demo data uses the same ids). */
export const BILLING_DEMO_ORGANISATIONS = [
  {
    id: '5b0c7c1e-8f1a-4d2e-9a3b-000000000001',
    name: 'Nimbus Analytics',
    projects: ['9d6f2a10-3c4b-4e5f-8a7b-000000000011', '9d6f2a10-3c4b-4e5f-8a7b-000000000012'],
  },
  {
    id: '5b0c7c1e-8f1a-4d2e-9a3b-000000000002',
    name: 'Orbit Logistics',
    projects: ['9d6f2a10-3c4b-4e5f-8a7b-000000000021'],
  },
  {
    id: '5b0c7c1e-8f1a-4d2e-9a3b-000000000003',
    name: 'Quanta Health',
    projects: ['9d6f2a10-3c4b-4e5f-8a7b-000000000031'],
  },
] as const;

const METRICS = [
  ['api_calls', 'requests', 1, 500],
  ['storage', 'GB-hours', 0.5, 40],
  ['compute_time', 'seconds', 1, 3600],
] as const;

export function billingDemoData({ anchor, rng }: DemoContext): DemoTables {
  const events: DemoItem[] = [];
  let n = 0;
  for (const org of BILLING_DEMO_ORGANISATIONS) {
    for (const projectId of org.projects) {
      for (let e = 0; e < 12; e++) {
        const [metric, unit, min, max] = rng.pick(METRICS);
        const at = isoAt(anchor, -rng.int(1, 6 * 60) * MINUTE_MS);
        const ingested = Date.parse(at) + rng.int(50, 2000);
        const value =
          unit === 'requests' || unit === 'seconds'
            ? rng.int(min, max)
            : Math.round((min + rng.next() * max) * 1000) / 1000;
        events.push({
          organisation_id: org.id,
          idempotency_key: `evt-${projectId.slice(-4)}-${at.slice(0, 10)}-${rng.hex(10)}`,
          id: rng.uuid(),
          project_id: projectId,
          metric_name: metric,
          metric_value: value,
          unit,
          timestamp: Date.parse(at),
          metadata: { region: rng.pick(['ap-south-1', 'eu-west-2']), source: 'demo' },
          ingested_at: ingested,
          pending_shard: pendingShard(n++),
          expires_at: epochSeconds(at) + (HOT_EVENT_TTL_DAYS * DAY_MS) / 1000,
        });
      }
    }
  }
  return { usageHotEvents: events };
}
