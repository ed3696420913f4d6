/**
 * One audit entry per stream record of a Flow Logic table (the seed: every table but migrations streams
 * NEW_AND_OLD_IMAGES "for an audit trail").
 *
 * Terms:
 * - subject: the user the change is about, the audit table's partition key. Every streamed table is keyed by
 *   `user_id`; an e-mail reservation of the users table (`user_id = "email#…"`) is about its `owner_user_id`.
 * - change_key: `<record time>#<table id>#<sequence number, 40 digits>`, the sort key. It is made only of what the
 *   record carries, so a redelivered record yields the same key and its conditional put writes nothing. Sequence
 *   numbers grow within a shard and are padded so that string order is numeric order.
 * - PII: `email` is kept out of the old/new values (it is stored only where it is part of a key). Nothing here logs.
 *
 * Record fields: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

/** Attributes never copied into old/new values. */
export const PII_ATTRIBUTES: readonly string[] = ['email'];

/** Audit entries live 400 days (TTL), a year of history plus a margin for yearly reviews. */
export const AUDIT_RETENTION_DAYS = 400;

export type AuditEvent = 'INSERT' | 'MODIFY' | 'REMOVE';

export interface AuditEntry {
  user_id: string;
  change_key: string;
  /** Table id of infra/model, e.g. `flowAssessments`. */
  table: string;
  event_name: AuditEvent;
  /** The changed item's primary key (JSON object). */
  keys: string;
  /** Attributes added, removed or changed, sorted. */
  changed: string[];
  /** Non-PII attributes before and after (JSON objects; null for INSERT/REMOVE respectively). */
  old_values: string | null;
  new_values: string | null;
  event_id: string;
  sequence_number: string;
  changed_at: string;
  expires_at: number;
}

type Item = Record<string, unknown>;

const image = (value: unknown): Item | null => (value ? unmarshall(value as Record<string, AttributeValue>) : null);

const withoutPii = (item: Item | null): Item | null =>
  item && Object.fromEntries(Object.entries(item).filter(([name]) => !PII_ATTRIBUTES.includes(name)));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Names whose values differ between the two images (every name of the one image on INSERT/REMOVE). */
export function changedAttributes(before: Item | null, after: Item | null): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names].filter((name) => !same(before?.[name], after?.[name])).sort();
}

/** Table name from a stream ARN: `arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>`. */
export function tableNameOfStream(arn: string): string | null {
  const match = /:table\/([^/]+)\/stream\//.exec(arn);
  return match ? match[1] : null;
}

/** Sets (SS/NS/BS) unmarshall to Set, which JSON cannot hold: write them as sorted arrays. */
const json = (item: Item | null) =>
  item === null ? null : JSON.stringify(item, (_key, value: unknown) => (value instanceof Set ? [...value].sort() : value));

export class AuditRecordError extends Error {}

/**
 * The entry of one record. `tableIds` maps physical table names to model table ids. Throws AuditRecordError for a
 * record that cannot be audited (unknown table, no keys): a consumer reports it as failed rather than drop it.
 */
export function auditEntryOf(record: DynamoDBRecord, tableIds: Readonly<Record<string, string>>): AuditEntry {
  const name = tableNameOfStream(record.eventSourceARN ?? '');
  const table = name ? tableIds[name] : undefined;
  if (!table) throw new AuditRecordError(`record ${record.eventID ?? '?'} comes from a stream that is not audited`);
  const event = record.eventName;
  const data = record.dynamodb;
  if (!event || !data?.Keys || !data.SequenceNumber || typeof data.ApproximateCreationDateTime !== 'number') {
    throw new AuditRecordError(`record ${record.eventID ?? '?'} has no keys, sequence number or creation time`);
  }
  const before = image(data.OldImage);
  const after = image(data.NewImage);
  const keys = image(data.Keys) as Item;
  const current = after ?? before ?? keys;
  const subject = typeof current.owner_user_id === 'string' ? current.owner_user_id : keys.user_id;
  if (typeof subject !== 'string' || subject === '') throw new AuditRecordError(`record ${record.eventID ?? '?'} names no user`);
  const seconds = data.ApproximateCreationDateTime;
  const changedAt = new Date(seconds * 1000).toISOString();
  const sequence = data.SequenceNumber.padStart(40, '0');
  return {
    user_id: subject,
    change_key: `${changedAt}#${table}#${sequence}`,
    table,
    event_name: event,
    keys: JSON.stringify(keys),
    changed: changedAttributes(before, after),
    old_values: json(withoutPii(before)),
    new_values: json(withoutPii(after)),
    event_id: record.eventID ?? '',
    sequence_number: data.SequenceNumber,
    changed_at: changedAt,
    expires_at: Math.floor(seconds + AUDIT_RETENTION_DAYS * 86400),
  };
}
