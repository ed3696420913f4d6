/**
 * The Flow Logic audit trail: a stream consumer on every streamed Flow Logic table that records each change
 * (audit-entry.ts) in the audit table, once. Each put is conditional on the entry being absent, so a redelivered
 * batch (a retry after a partial failure, a bisected batch, a replay) writes nothing twice. A record that cannot be
 * written stops the batch there and is reported as the batch item failure, so the stream retries from it in order.
 * Logs carry event ids and counts only: never a user id or an e-mail (the seed's PII rule).
 * https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { AuditRecordError, auditEntryOf } from './audit-entry';

export interface AuditTrailOptions {
  client: DynamoDBClient;
  /** Physical name of the audit table. */
  auditTable: string;
  /** Physical table name -> model table id, for every audited table. */
  tableIds: Readonly<Record<string, string>>;
  log?: (line: string) => void;
}

export type AuditOutcome = 'recorded' | 'duplicate';

export function auditTrail(options: AuditTrailOptions) {
  const log = options.log ?? ((line: string) => console.log(line));

  const record = async (source: DynamoDBRecord): Promise<AuditOutcome> => {
    const entry = auditEntryOf(source, options.tableIds);
    const put = new PutItemCommand({
      TableName: options.auditTable,
      Item: marshall(entry, { removeUndefinedValues: true }),
      ConditionExpression: 'attribute_not_exists(change_key)',
    });
    return options.client.send(put).then(
      (): AuditOutcome => 'recorded',
      (error: Error) => {
        if (error.name === 'ConditionalCheckFailedException') return 'duplicate';
        throw error;
      },
    );
  };

  return async (event: { Records: DynamoDBRecord[] }): Promise<DynamoDBBatchResponse> => {
    const counts: Record<AuditOutcome, number> = { recorded: 0, duplicate: 0 };
    for (const source of event.Records) {
      const outcome = await record(source).catch((error: Error) => error);
      if (outcome instanceof Error) {
        // Our own errors name event ids only; a DynamoDB error message might quote an item, so only its name is logged.
        const why = outcome instanceof AuditRecordError ? outcome.message : outcome.name;
        log(`audit: record ${source.eventID ?? '?'} not recorded (${why}); retrying from it`);
        return { batchItemFailures: [{ itemIdentifier: source.eventID ?? '' }] };
      }
      counts[outcome] += 1;
    }
    log(`audit: ${counts.recorded} recorded, ${counts.duplicate} already recorded`);
    return { batchItemFailures: [] };
  };
}

/** `AUDITED_TABLES` is a JSON object of physical table name -> model table id. */
function auditedTables(value: string | undefined): Record<string, string> {
  const parsed: unknown = JSON.parse(value || '{}');
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('AUDITED_TABLES must be a JSON object');
  return parsed as Record<string, string>;
}

let deployed: ReturnType<typeof auditTrail> | undefined;

/** The deployed Lambda: AUDIT_TABLE and AUDITED_TABLES come from its environment. */
export const handler = (event: { Records: DynamoDBRecord[] }) => {
  deployed ??= auditTrail({
    client: new DynamoDBClient({}),
    auditTable: process.env.AUDIT_TABLE ?? '',
    tableIds: auditedTables(process.env.AUDITED_TABLES),
  });
  return deployed(event);
};
