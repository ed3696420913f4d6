/**
 * The items of a table for a migration, page by page (consistent reads, so the migration sees every write that
 * finished before it), with a progress line every 1,000 items, stopping with the run's abort reason when the lock was
 * lost.
 */
import { paginateScan, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import type { MigrationContext } from './data-migration';

const PROGRESS_EVERY = 1000;

export async function* scanItems(
  ctx: MigrationContext,
  input: Omit<ScanCommandInput, 'ExclusiveStartKey' | 'ConsistentRead'>,
  pageSize = 200,
): AsyncGenerator<Record<string, unknown>> {
  let seen = 0;
  for await (const page of paginateScan({ client: ctx.doc, pageSize }, { ...input, ConsistentRead: true })) {
    ctx.signal.throwIfAborted();
    const before = seen;
    seen += page.Items?.length ?? 0;
    if (Math.floor(seen / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) ctx.log(`${input.TableName}: ${seen} items scanned`);
    for (const item of page.Items ?? []) yield item;
  }
}
