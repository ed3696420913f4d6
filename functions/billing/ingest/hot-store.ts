/**
 * The hot store (seed 002's D1, a DynamoDB table with TTL): ingested events wait here, keyed by
 * (organisation_id, idempotency_key), until the flush moves them into PostgreSQL. While pending an item carries
 * `pending_shard`, so the sparse pending-index lists exactly the unflushed events; the flush removes it.
 *
 * Writes are BatchWriteItem (25 per request, unprocessed items retried with backoff). Keys already stored are skipped
 * (storedKeys); should a replay still reach the flush (after the TTL, or racing its first send), PostgreSQL's
 * ON CONFLICT DO NOTHING counts it zero times.
 */
import { createHash } from 'node:crypto';
import { BatchGetCommand, BatchWriteCommand, NumberValue, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AcceptedEvent } from './event-rules';

export const PENDING_SHARDS = 4;
export const HOT_EVENT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 25;

export interface HotEvent {
  organisation_id: string;
  idempotency_key: string;
  project_id: string;
  metric_name: string;
  /** Exact decimal text. */
  metric_value: string;
  unit: string;
  /** Epoch milliseconds. */
  timestamp: number;
  metadata: Record<string, unknown>;
  ingested_at: number;
}

export const shardOf = (idempotencyKey: string): string =>
  `shard-${createHash('sha1').update(idempotencyKey).digest()[0] % PENDING_SHARDS}`;

/** BatchWriteItem requests in flight at once: DynamoDB serves them in parallel. */
const PARALLEL_WRITES = 4;

/**
 * Sends `pending` until DynamoDB has processed all of it: `send` answers what was left unprocessed, retried with
 * exponential backoff (DynamoDB's advice for throttled batch requests), at most 8 retries.
 */
async function untilProcessed(what: string, pending: Record<string, unknown>[], send: (batch: Record<string, unknown>[]) => Promise<Record<string, unknown>[]>): Promise<void> {
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
    if (attempt > 8) throw new Error(`hot store: ${pending.length} ${what} still unprocessed after retries`);
    pending = await send(pending);
  }
}

async function writeChunk(doc: DynamoDBDocumentClient, table: string, chunk: Record<string, unknown>[]): Promise<void> {
  await untilProcessed('writes', chunk, async (batch) => {
    const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: batch as never } }));
    return (out.UnprocessedItems?.[table] ?? []) as Record<string, unknown>[];
  });
}

async function batchWrite(doc: DynamoDBDocumentClient, table: string, requests: Record<string, unknown>[]): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let start = 0; start < requests.length; start += BATCH) chunks.push(requests.slice(start, start + BATCH));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) await writeChunk(doc, table, chunks[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, chunks.length) }, worker));
}

const GET_BATCH = 100;

/**
 * The idempotency keys of `keys` the hot store already holds (pending or flushed, until their TTL). A replay is
 * then neither stored nor flushed again: the first content of a key wins, here as in PostgreSQL, and replaying a
 * batch costs reads only. Two concurrent first sends of one key both store it; the flush still counts it once.
 */
export async function storedKeys(doc: DynamoDBDocumentClient, table: string, organisationId: string, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < keys.length; start += GET_BATCH) {
    const batch = keys.slice(start, start + GET_BATCH).map((k) => ({ organisation_id: organisationId, idempotency_key: k }));
    await untilProcessed('reads', batch, async (pending) => {
      const out = await doc.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ProjectionExpression: 'idempotency_key' } } }));
      for (const item of out.Responses?.[table] ?? []) found.add(String(item.idempotency_key));
      return (out.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
    });
  }
  return found;
}

/** Stores accepted events as pending. */
export async function putPending(doc: DynamoDBDocumentClient, table: string, organisationId: string, events: AcceptedEvent[], nowMs: number) {
  const requests = events.map((e) => ({
    PutRequest: {
      Item: {
        organisation_id: organisationId,
        idempotency_key: e.idempotency_key,
        project_id: e.project_id,
        metric_name: e.metric_name,
        metric_value: NumberValue.from(e.metric_value),
        unit: e.unit,
        timestamp: e.timestampMs,
        metadata: e.metadata,
        ingested_at: nowMs,
        pending_shard: shardOf(e.idempotency_key),
        expires_at: Math.floor((nowMs + HOT_EVENT_TTL_MS) / 1000),
      },
    },
  }));
  await batchWrite(doc, table, requests);
}

/** Up to `limit` pending events of one shard, oldest first. */
export async function readPending(doc: DynamoDBDocumentClient, table: string, shard: string, limit: number): Promise<HotEvent[]> {
  const out = await doc.send(
    new QueryCommand({
      TableName: table,
      IndexName: 'pending-index',
      KeyConditionExpression: 'pending_shard = :s',
      ExpressionAttributeValues: { ':s': shard },
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((item) => ({
    ...(item as HotEvent),
    metric_value: String((item.metric_value as NumberValue | number).toString()),
    timestamp: Number((item.timestamp as NumberValue | number).toString()),
    ingested_at: Number((item.ingested_at as NumberValue | number).toString()),
  }));
}

/** Marks flushed events: `pending_shard` removed (they leave the pending-index), `processed_at` set. */
export async function markProcessed(doc: DynamoDBDocumentClient, table: string, events: HotEvent[], nowMs: number) {
  const requests = events.map((e) => {
    const { ...item } = e as HotEvent & { pending_shard?: string };
    delete item.pending_shard;
    return { PutRequest: { Item: { ...item, metric_value: NumberValue.from(e.metric_value), processed_at: nowMs, expires_at: Math.floor((e.ingested_at + HOT_EVENT_TTL_MS) / 1000) } } };
  });
  await batchWrite(doc, table, requests);
}
