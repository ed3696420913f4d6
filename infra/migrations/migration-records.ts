/**
 * The records of a migrations table (`flowlogic-{stage}-migrations`): one item per applied version with the seed's
 * attributes `version`, `applied_at` (ISO), `description`, `author`, plus `duration_ms` (how long `up` took). An item
 * without `applied_at` is not a record (the run lock, migration-lock.ts).
 *
 * A record is written only after its migration succeeded, in ONE transaction with a ConditionCheck that this runner
 * still holds the lock; the record's own condition `attribute_not_exists(version)` makes a second record of a version
 * impossible whatever happens to the lock.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { paginateScan, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCK_VERSION, LockLostError } from './migration-lock';

export interface MigrationRecord {
  version: string;
  applied_at: string;
  description: string;
  author: string;
  duration_ms: number;
}

/** Every record, by version (a consistent Scan: the table holds one small item per version). */
export async function readRecords(doc: DynamoDBDocumentClient, table: string): Promise<Map<string, MigrationRecord>> {
  const records = new Map<string, MigrationRecord>();
  const pages = paginateScan({ client: doc }, {
    TableName: table,
    ConsistentRead: true,
    FilterExpression: 'attribute_exists(#at)',
    ExpressionAttributeNames: { '#at': 'applied_at' },
  });
  for await (const page of pages) {
    for (const item of page.Items ?? []) records.set(item.version as string, item as MigrationRecord);
  }
  return records;
}

/** The version was recorded meanwhile by someone not holding the lock (a hand-written item, say). */
export class AlreadyRecordedError extends Error {
  constructor(version: string) {
    super(`version ${version} was recorded by someone else while this run applied it`);
    this.name = 'AlreadyRecordedError';
  }
}

export async function writeRecord(doc: DynamoDBDocumentClient, table: string, record: MigrationRecord, owner: string): Promise<void> {
  try {
    await doc.send(new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: table,
            Item: record,
            ConditionExpression: 'attribute_not_exists(#v)',
            ExpressionAttributeNames: { '#v': 'version' },
          },
        },
        {
          ConditionCheck: {
            TableName: table,
            Key: { version: LOCK_VERSION },
            ConditionExpression: '#o = :me',
            ExpressionAttributeNames: { '#o': 'owner' },
            ExpressionAttributeValues: { ':me': owner },
          },
        },
      ],
    }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const [put, lock] = error.CancellationReasons ?? [];
    if (lock?.Code === 'ConditionalCheckFailed') throw new LockLostError(`${record.version} ran but is not recorded; the next run applies it again`);
    if (put?.Code === 'ConditionalCheckFailed') throw new AlreadyRecordedError(record.version);
    throw error;
  }
}
