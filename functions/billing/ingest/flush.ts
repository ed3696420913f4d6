/**
 * The flush: moves pending hot events into PostgreSQL, shard by shard, batch by batch. Each batch is counted in one
 * transaction (count-events.ts), then marked processed in the hot store. A crash between the two leaves the batch
 * pending; the next flush counts it again, which adds nothing. Runs on the hot store's stream when deployed, and on
 * demand (`flushUsageEvents`) or after each ingestion locally.
 */
import type { Database } from '../../db/database';
import { countEvents } from './count-events';
import { markProcessed, PENDING_SHARDS, readPending, type HotEvent } from './hot-store';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface FlushDeps {
  db: Database;
  doc: DynamoDBDocumentClient;
  hotTable: string;
  now: () => number;
  /** Fault injection for tests: called between the PostgreSQL commit and the hot-store mark. */
  afterCommit?: (batch: HotEvent[]) => Promise<void> | void;
}

export interface FlushOutcome {
  read: number;
  inserted: number;
  duplicates: number;
  /** Organisations with events counted now (their alert rules are evaluated next). */
  organisationIds: string[];
}

const BATCH = 1000;

export async function flushPending(deps: FlushDeps): Promise<FlushOutcome> {
  const total: FlushOutcome = { read: 0, inserted: 0, duplicates: 0, organisationIds: [] };
  const organisations = new Set<string>();
  for (let shard = 0; shard < PENDING_SHARDS; shard++) {
    for (;;) {
      const batch = await readPending(deps.doc, deps.hotTable, `shard-${shard}`, BATCH);
      if (batch.length === 0) break;
      const counted = await deps.db.transaction((tx) => countEvents(tx, batch));
      await deps.afterCommit?.(batch);
      await markProcessed(deps.doc, deps.hotTable, batch, deps.now());
      total.read += batch.length;
      total.inserted += counted.inserted;
      total.duplicates += batch.length - counted.inserted;
      if (counted.inserted > 0) for (const e of batch) organisations.add(e.organisation_id);
      if (batch.length < BATCH) break;
    }
  }
  return { ...total, organisationIds: [...organisations] };
}
