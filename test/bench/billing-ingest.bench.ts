/**
 * Issue 8: usage events through ingestion (judged, stored in the hot store on DynamoDB Local) and the flush into the
 * real PostgreSQL server, against a naive row-by-row insert (one transaction per event: insert, then its aggregate)
 * into the same server in the same run; then the same batches replayed, which must be faster and change nothing.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../../functions/db/database';
import { migrate } from '../../functions/db/migrate';
import { countEvents } from '../../functions/billing/ingest/count-events';
import { flushPending } from '../../functions/billing/ingest/flush';
import type { HotEvent } from '../../functions/billing/ingest/hot-store';
import { recordUsageEvents } from '../../functions/billing/ingest/record-usage-events';
import type { UsageEventInput } from '../../functions/billing/ingest/event-rules';
import { apiEnvironment, tables } from '../../infra/model';
import { createTables } from '../../infra/local/dynamodb/create-tables';
import { newOrganisation } from '../functions/billing/billing-fixture';
import type { BenchResult } from './results';
import { round } from './stats';

const EVENTS = Number(process.env.BENCH_BILLING_EVENTS ?? 20_000);
const BATCH = 1000;

function eventsFor(run: string, now: number): UsageEventInput[] {
  return Array.from({ length: EVENTS }, (_, i) => ({
    metric_name: 'api_calls',
    metric_value: String((i % 97) + 1),
    unit: 'requests',
    timestamp: new Date(now - (i % 3600) * 1000).toISOString(),
    idempotency_key: `${run}-${i}`,
  }));
}

/** The naive peer: one transaction per event, aggregate updated when the insert took. */
async function naiveInsert(db: Database, org: { organisationId: string; projectId: string }, events: UsageEventInput[]): Promise<void> {
  for (const e of events) {
    await db.transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO usage_events (organisation_id, project_id, metric_name, metric_value, unit, "timestamp", idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (organisation_id, idempotency_key) DO NOTHING RETURNING id`,
        [org.organisationId, org.projectId, e.metric_name, e.metric_value, e.unit, e.timestamp, e.idempotency_key],
      );
      if (inserted.rowCount === 0) return;
      const at = new Date(e.timestamp);
      await tx.query(
        `INSERT INTO usage_aggregates (organisation_id, project_id, metric_name, unit, month, year, total_value, event_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
         ON CONFLICT (organisation_id, project_id, metric_name, unit, month, year) DO UPDATE
           SET total_value = usage_aggregates.total_value + EXCLUDED.total_value, event_count = usage_aggregates.event_count + 1`,
        [org.organisationId, org.projectId, e.metric_name, e.unit, at.getUTCMonth() + 1, at.getUTCFullYear(), e.metric_value],
      );
    });
  }
}

async function totals(db: Database, organisationId: string): Promise<string> {
  const { rows } = await db.query<{ t: string; c: string }>('SELECT sum(total_value)::text AS t, sum(event_count)::text AS c FROM usage_aggregates WHERE organisation_id = $1', [organisationId]);
  return `${rows[0].t}/${rows[0].c}`;
}

export async function billingIngestBench(client: DynamoDBClient, databaseUrl: string, log: (line: string) => void): Promise<BenchResult[]> {
  const stage = `b${randomBytes(3).toString('hex')}`;
  await createTables(client, { stage, tables: tables.filter((t) => t.app === 'billing') });
  const hotTable = apiEnvironment(stage).TABLE_usageHotEvents;
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true }, unmarshallOptions: { wrapNumbers: true } });
  const db = await openDatabase({ url: databaseUrl });
  try {
    await migrate(db, { log: (line) => log(`billing: ${line}`) });
    await db.query(`INSERT INTO pricing_plans (metric_name, unit, price_per_unit, currency, effective_from) VALUES ('api_calls', 'requests', '0.0004', 'INR', '2000-01-01') ON CONFLICT DO NOTHING`);
    const org = await newOrganisation(db);
    const principal = { organisation_id: org.organisationId, project_id: org.projectId };
    const events = eventsFor(stage, Date.now());

    const pass = async (label: string) => {
      let ingestMs = 0;
      let flushMs = 0;
      for (let start = 0; start < events.length; start += BATCH) {
        const t0 = performance.now();
        await recordUsageEvents({ db, doc, hotTable, nowMs: Date.now() }, principal, events.slice(start, start + BATCH));
        const t1 = performance.now();
        await flushPending({ db, doc, hotTable, now: Date.now });
        flushMs += performance.now() - t1;
        ingestMs += t1 - t0;
        if ((start / BATCH) % 5 === 4) log(`billing ${label}: ${start + BATCH}/${events.length} events`);
      }
      return { ingestMs, flushMs, perSecond: (events.length / (ingestMs + flushMs)) * 1000 };
    };

    log(`billing: ingesting and flushing ${EVENTS} events in batches of ${BATCH} into PostgreSQL`);
    const first = await pass('first');
    const counted = await totals(db, org.organisationId);
    log('billing: replaying the same batches');
    const replay = await pass('replay');
    const unchanged = (await totals(db, org.organisationId)) === counted;
    // The PostgreSQL stage alone: the flush's counting transaction on fresh events, batch by batch.
    log(`billing: counting ${EVENTS} fresh events into PostgreSQL in transactions of ${BATCH} (the flush's SQL alone)`);
    const countOrg = await newOrganisation(db);
    const hot: HotEvent[] = eventsFor(`${stage}-count`, Date.now()).map((e) => ({
      organisation_id: countOrg.organisationId,
      project_id: countOrg.projectId,
      metric_name: e.metric_name,
      metric_value: e.metric_value,
      unit: e.unit,
      timestamp: Date.parse(e.timestamp),
      idempotency_key: e.idempotency_key,
      metadata: {},
      ingested_at: Date.now(),
    }));
    const c0 = performance.now();
    for (let start = 0; start < hot.length; start += BATCH) await db.transaction((tx) => countEvents(tx, hot.slice(start, start + BATCH)));
    const flushPerSecond = (EVENTS / (performance.now() - c0)) * 1000;
    log(`billing: naive row-by-row insert of ${EVENTS} events (one transaction per event)`);
    const naiveOrg = await newOrganisation(db);
    const t0 = performance.now();
    await naiveInsert(db, naiveOrg, eventsFor(`${stage}-naive`, Date.now()));
    const naivePerSecond = (EVENTS / (performance.now() - t0)) * 1000;
    log(`billing: first ${round(first.perSecond, 0)} ev/s (ingest ${round(first.ingestMs, 0)} ms, flush ${round(first.flushMs, 0)} ms), replay ${round(replay.perSecond, 0)} ev/s, naive ${round(naivePerSecond, 0)} ev/s`);

    return [
      {
        name: 'billing counting into PostgreSQL (the flush\'s transaction), events/s',
        value: round(flushPerSecond, 0),
        unit: 'events/s',
        baseline: 'naive row-by-row insert, same server',
        baselineValue: round(naivePerSecond, 0),
        ratio: round(flushPerSecond / naivePerSecond, 1),
        target: '≥ 20,000 events/s',
        met: flushPerSecond >= 20_000,
      },
      {
        name: 'billing ingestion + flush end to end (hot store on DynamoDB Local), events/s',
        value: round(first.perSecond, 0),
        unit: 'events/s',
        baseline: 'naive row-by-row insert, same server',
        baselineValue: round(naivePerSecond, 0),
        ratio: round(first.perSecond / naivePerSecond, 1),
        target: '≥ 20,000 events/s',
        met: first.perSecond >= 20_000,
      },
      {
        name: 'billing replay of the same batches, events/s',
        value: round(replay.perSecond, 0),
        unit: 'events/s',
        baseline: 'first ingestion + flush',
        baselineValue: round(first.perSecond, 0),
        ratio: round(replay.perSecond / first.perSecond, 1),
        target: '≥ 2× faster than first ingestion, aggregates unchanged',
        met: replay.perSecond >= 2 * first.perSecond && unchanged,
      },
    ];
  } finally {
    await db.close();
  }
}
