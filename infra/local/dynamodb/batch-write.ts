/**
 * Writes many items with BatchWriteItem: chunks of 25 (the API's limit), UnprocessedItems retried with a
 * growing pause, bounded so a stuck endpoint fails instead of looping forever.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
 */
import { BatchWriteItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';

const CHUNK = 25;
const MAX_ATTEMPTS = 8;

async function writeChunk(
  client: DynamoDBClient,
  tableName: string,
  chunk: readonly Record<string, unknown>[],
  retryDelayMs: number,
) {
  let pending: WriteRequest[] = chunk.map((item) => ({
    PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) },
  }));
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > MAX_ATTEMPTS) {
      throw new Error(`${tableName}: ${pending.length} items still unprocessed after ${MAX_ATTEMPTS} attempts`);
    }
    if (attempt > 1) await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** attempt));
    const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
    pending = out.UnprocessedItems?.[tableName] ?? [];
  }
}

export interface BatchPutOptions {
  /** Chunks in flight at once. */
  concurrency?: number;
  /** Base of the exponential pause before retrying unprocessed items, in ms. */
  retryDelayMs?: number;
}

/** Puts every item (plain JS objects) into `tableName`, a few chunks at a time; returns how many were written. */
export async function batchPut(
  client: DynamoDBClient,
  tableName: string,
  items: readonly Record<string, unknown>[],
  { concurrency = 4, retryDelayMs = 50 }: BatchPutOptions = {},
): Promise<number> {
  const chunks: Record<string, unknown>[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) chunks.push(items.slice(start, start + CHUNK));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) await writeChunk(client, tableName, chunks[next++], retryDelayMs);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
  return items.length;
}
