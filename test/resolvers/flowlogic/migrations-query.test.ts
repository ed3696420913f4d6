// Query.flowMigrations returns exactly what `npm run migrate` records (the FlowMigration fields), in version order,
// and never the runner's lock item, also while a run holds it.
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_VERSION } from '../../../infra/migrations/migration-lock';
import { runMigrations } from '../../../infra/migrations/run-migrations';
import type { DataMigration } from '../../../infra/migrations/data-migration';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { adminToken, call, iam, Q } from './flow-api';

let gw: RepoGateway;
let admin: string;
const migration = (version: string): DataMigration => ({ version, description: `Migration ${version}`, author: 'gateway', up: async () => ({ n: 1 }) });

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['flowlogic'] });
  admin = await adminToken(gw);
}, 60_000);
afterAll(async () => gw?.close());

describe('Query.flowMigrations', () => {
  it('lists the runner records and leaves the lock out', async () => {
    const table = gw.env.TABLE_flowMigrations;
    await runMigrations({ doc: gw.doc, stage: gw.stage, table, migrations: [migration('003'), migration('001'), migration('002')] });
    const stored = ((await gw.doc.send(new ScanCommand({ TableName: table, ConsistentRead: true }))).Items ?? []).sort((a, b) => a.version.localeCompare(b.version));
    const expected = stored.map(({ version, applied_at, description, author }) => ({ version, applied_at, description, author }));
    expect(expected.map((r) => r.version)).toEqual(['001', '002', '003']);

    // A run in progress elsewhere holds the lock.
    await gw.doc.send(new PutCommand({ TableName: table, Item: { version: LOCK_VERSION, owner: 'o', host: 'h', pid: 1, acquired_at: new Date().toISOString(), lease_expires_at: Date.now() + 60_000, current_version: '004' } }));
    const listed = await call(gw, admin, Q.migrations, {});
    expect(listed.errors ?? []).toEqual([]);
    expect(listed.data.flowMigrations).toEqual({ items: expected, nextToken: null });
    expect((await iam(gw, Q.migrations, {})).data.flowMigrations.items).toEqual(expected);
  });
});
