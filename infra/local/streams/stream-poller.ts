/**
 * DynamoDB Streams for the local gateway: reads a table's stream on DynamoDB Local, as Lambda's event source mapping
 * does when deployed, and hands each batch of records to a handler, in order per shard. It reads every shard from
 * TRIM_HORIZON (DynamoDB Local answers a LATEST iterator on a quiet shard with TrimmedDataAccessException), skipping
 * the records of shards that were there when it started, as LATEST would (DynamoDB Local rounds
 * ApproximateCreationDateTime to the minute, so it cannot tell old records from new). A batch the handler
 * reports as failed (`batchItemFailures`) or throws on is retried from the failed record on the next poll.
 * Handlers receive records shaped as Lambda's event gives them (lambdaRecord): `eventSourceARN` set and
 * `ApproximateCreationDateTime` in epoch seconds, so a deployed handler runs locally unchanged.
 * https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';

type Image = Record<string, unknown> | undefined;

/**
 * The Streams client reads an empty map attribute (`{"M":{}}`) back as `{}`, which no unmarshaller accepts; Lambda
 * delivers `{"M":{}}`. Restores it, at any depth.
 */
function emptyMapsRestored(image: Image): Image {
  if (!image) return image;
  const value = (attribute: unknown): unknown => {
    const entries = Object.entries(attribute as Record<string, unknown>);
    if (entries.length === 0) return { M: {} };
    const [type, inner] = entries[0];
    if (type === 'M') return { M: emptyMapsRestored(inner as Record<string, unknown>) };
    if (type === 'L') return { L: (inner as unknown[]).map(value) };
    return attribute;
  };
  return Object.fromEntries(Object.entries(image).map(([name, attribute]) => [name, value(attribute)]));
}

export type StreamHandler = (event: { Records: DynamoDBRecord[] }) => Promise<{ batchItemFailures?: { itemIdentifier: string }[] } | void>;

/**
 * A record of the Streams API as Lambda delivers it: the SDK gives ApproximateCreationDateTime as a Date and no
 * eventSourceARN; Lambda gives epoch seconds and the stream's ARN.
 */
export function lambdaRecord(record: _Record, streamArn: string): DynamoDBRecord {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  const dynamodb = record.dynamodb && {
    ...record.dynamodb,
    ApproximateCreationDateTime: created instanceof Date ? Math.floor(created.getTime() / 1000) : created,
    Keys: emptyMapsRestored(record.dynamodb.Keys),
    NewImage: emptyMapsRestored(record.dynamodb.NewImage),
    OldImage: emptyMapsRestored(record.dynamodb.OldImage),
  };
  return { ...record, eventSourceARN: streamArn, dynamodb } as unknown as DynamoDBRecord;
}

export interface StreamPollerOptions {
  client: DynamoDBClient;
  tableName: string;
  handler: StreamHandler;
  intervalMs?: number;
  /**
   * Retries of a failing record before it is skipped (logged), as an event source mapping's MaximumRetryAttempts
   * before its on-failure destination; default 5, as deployed. Without it one bad record would block its shard.
   */
  maxRetries?: number;
  log?: (line: string) => void;
}

export interface StreamPoller {
  /** Resolves once every record written before the call has been handled (or failed). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  const log = options.log ?? (() => undefined);
  const interval = options.intervalMs ?? 200;
  const config = await options.client.config;
  const streams = new DynamoDBStreamsClient({ endpoint: await config.endpoint?.(), region: await config.region(), credentials: config.credentials });
  const table = await options.client.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);

  const iterators = new Map<string, string | null>();
  let stopped = false;

  const lastHandled = new Map<string, bigint>();
  const maxRetries = options.maxRetries ?? 5;
  /** Per shard: the sequence number of the record that failed last, and how many times in a row. */
  const failing = new Map<string, { sequence: bigint; times: number }>();
  const fromStart = async (shardId: string) =>
    (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator ?? null;

  /** Marks every record already in the shard as handled, returning the iterator after them. */
  const skipExisting = async (shardId: string): Promise<string | null> => {
    let iterator = await fromStart(shardId);
    while (iterator) {
      const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      const records = out.Records ?? [];
      if (records.length === 0) return iterator;
      lastHandled.set(shardId, BigInt(records[records.length - 1].dynamodb?.SequenceNumber ?? '0'));
      iterator = out.NextShardIterator ?? null;
    }
    return null;
  };

  let initial = true;
  const discover = async () => {
    const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards ?? [];
    for (const shard of shards) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      iterators.set(shard.ShardId, initial ? await skipExisting(shard.ShardId) : await fromStart(shard.ShardId));
    }
    initial = false;
  };


  const pollShard = async (shardId: string, iterator: string) => {
    const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator })).catch((error: Error) => {
      // DynamoDB Local sometimes refuses an iterator it handed out; start over, skipping what was handled.
      if (error.name === 'TrimmedDataAccessException' || error.name === 'ExpiredIteratorException') return null;
      throw error;
    });
    if (!out) return fromStart(shardId);
    const after = lastHandled.get(shardId) ?? -1n;
    const records = ((out.Records ?? []) as _Record[]).filter((r) => BigInt(r.dynamodb?.SequenceNumber ?? '0') > after);
    if (records.length === 0) return out.NextShardIterator ?? null;
    const result = await options.handler({ Records: records.map((r) => lambdaRecord(r, streamArn)) }).catch((error: Error) => {
      log(`stream handler failed on ${options.tableName}: ${error.message}`);
      return { batchItemFailures: [{ itemIdentifier: records[0].eventID ?? '' }] };
    });
    const failed = result?.batchItemFailures?.[0]?.itemIdentifier;
    let at = failed === undefined ? records.length : Math.max(0, records.findIndex((r) => r.eventID === failed));
    if (at < records.length) {
      const sequence = BigInt(records[at].dynamodb?.SequenceNumber ?? '0');
      const previous = failing.get(shardId);
      const times = previous?.sequence === sequence ? previous.times + 1 : 1;
      failing.set(shardId, { sequence, times });
      if (times > maxRetries) {
        log(`stream record ${records[at].eventID ?? '?'} of ${options.tableName} failed ${times} times; skipped (deployed: sent to the dead-letter queue)`);
        failing.delete(shardId);
        at += 1;
      }
    } else {
      failing.delete(shardId);
    }
    if (at > 0) lastHandled.set(shardId, BigInt(records[at - 1].dynamodb?.SequenceNumber ?? '0'));
    // After a failure, read again from the start of the shard: the failed record comes back, the handled ones are skipped.
    return at < records.length ? fromStart(shardId) : (out.NextShardIterator ?? null);
  };

  const pollOnce = async () => {
    await discover();
    for (const [shardId, iterator] of iterators) {
      if (iterator) iterators.set(shardId, await pollShard(shardId, iterator));
    }
  };

  // One poll at a time: ticks that come while one runs are skipped; drain() waits for a fresh one.
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const tick = () => {
    busy = true;
    running = running
      .then(pollOnce)
      .catch((error: Error) => log(`stream poll of ${options.tableName} failed: ${error.message}`))
      .finally(() => {
        busy = false;
      });
    return running;
  };
  await tick();
  const timer = setInterval(() => {
    if (!stopped && !busy) void tick();
  }, interval);

  return {
    drain: async () => {
      await tick();
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      streams.destroy();
    },
  };
}
