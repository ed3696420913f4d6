/**
 * The Flow Logic audit trail of the demo data: one INSERT entry per demo item of each streamed table, made by the
 * consumer's own function (functions/flowlogic/audit-entry.ts) from the record the stream would have carried, at
 * the item's creation time. The demo is loaded before the stream consumers start, so they would not see it.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { auditEntryOf } from '../../../functions/flowlogic/audit-entry';
import { physicalName, tables } from '../../model';
import type { DemoItem, DemoTables } from './generate';

const DEMO_STAGE = 'demo';

/** An image as Lambda's record types it (the SDK's marshalled values, typed apart). */
type Image = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['Keys']>;

export function flowlogicAuditDemoData(data: DemoTables, anchor: Date): DemoItem[] {
  const streamed = tables.filter((t) => t.app === 'flowlogic' && t.stream);
  const tableIds = Object.fromEntries(streamed.map((t) => [physicalName(t, DEMO_STAGE), t.id]));
  let sequence = 0;
  return streamed.flatMap((table) =>
    (data[table.id] ?? []).map((item) => {
      sequence += 1;
      const keyNames = [table.partitionKey.name, ...(table.sortKey ? [table.sortKey.name] : [])];
      const created = Date.parse(String(item.created_at ?? item.updated_at ?? anchor.toISOString()));
      const record: DynamoDBRecord = {
        eventID: `demo-${sequence}`,
        eventName: 'INSERT',
        eventSourceARN: `arn:aws:dynamodb:local:000000000000:table/${physicalName(table, DEMO_STAGE)}/stream/demo`,
        dynamodb: {
          ApproximateCreationDateTime: Math.floor((Number.isNaN(created) ? anchor.getTime() : created) / 1000),
          Keys: marshall(Object.fromEntries(keyNames.map((k) => [k, item[k]]))) as Image,
          NewImage: marshall(item, { removeUndefinedValues: true }) as Image,
          SequenceNumber: String(sequence),
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      };
      return { ...auditEntryOf(record, tableIds) };
    }),
  );
}
