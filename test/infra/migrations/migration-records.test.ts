// The record write's own guards, beneath the runner's: a version is never recorded twice, and never by a runner that
// does not hold the lock; records are only the items with applied_at.
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTables } from '../../../infra/local/dynamodb/create-tables';
import { LOCK_VERSION, LockLostError } from '../../../infra/migrations/migration-lock';
import { AlreadyRecordedError, readRecords, writeRecord } from '../../../infra/migrations/migration-records';
import { physicalName, tableById } from '../../../infra/model';
import { testDynamoClient, uniquePrefix } from '../../support/dynamodb';

const client = testDynamoClient();
const doc = DynamoDBDocumentClient.from(client);
const stage = uniquePrefix('rec').slice(0, -1);
const table = physicalName(tableById('flowMigrations'), stage);
const record = (version: string) => ({ version, applied_at: '2026-03-01T00:00:00.000Z', description: `d${version}`, author: 'tests', duration_ms: 5 });

beforeAll(async () => {
  await createTables(client, { stage, tables: [tableById('flowMigrations')] });
  await doc.send(new PutCommand({ TableName: table, Item: { version: LOCK_VERSION, owner: 'me', host: 'h', pid: 1, acquired_at: '2026-03-01T00:00:00.000Z', lease_expires_at: Date.now() + 60_000 } }));
});
afterAll(() => client.destroy());

describe('writeRecord', () => {
  it('records for the lock holder only, and each version once', async () => {
    await writeRecord(doc, table, record('001'), 'me');
    await expect(writeRecord(doc, table, record('002'), 'someone-else')).rejects.toBeInstanceOf(LockLostError);
    await expect(writeRecord(doc, table, { ...record('001'), description: 'again' }, 'me')).rejects.toBeInstanceOf(AlreadyRecordedError);
    const records = await readRecords(doc, table);
    expect([...records.keys()]).toEqual(['001']); // not the lock, not 002
    expect(records.get('001')).toEqual(record('001'));
  });
});
