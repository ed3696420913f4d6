// The deploy-time preparation of the billing database, on the real server (roles need one): migrations, then the
// handlers' role with its password, allowed to read and write but not to change the schema; safe to run again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../functions/db/database';
import { openPgDatabase } from '../../../functions/db/pg-database';
import { prepareDatabase } from '../../../functions/db/prepare';
import { backends, createTestDatabase, sqlState, type TestDatabase } from '../support/databases';

const available = backends.find((b) => b.name === 'postgres')!.available;
const APP = `billing_app_${process.pid}`;

describe('prepareDatabase on postgres', () => {
  let database: TestDatabase;
  let admin: Database;
  beforeAll(async () => {
    if (!available) return;
    database = await createTestDatabase('postgres');
    admin = await database.open();
  });
  afterAll(async () => {
    await admin?.query(`DROP OWNED BY ${APP}`).catch(() => undefined);
    await admin?.close();
    await database?.drop();
    if (available) {
      const other = await openPgDatabase(process.env.TEST_DATABASE_URL!);
      await other.query(`DROP ROLE IF EXISTS ${APP}`);
      await other.close();
    }
  });

  it.skipIf(!available)('migrates, creates the role with its password, and lets it write data but not change the schema', async () => {
    const applied = await prepareDatabase(admin, { appUser: APP, appPassword: 'first-secret' });
    expect(applied.length).toBeGreaterThanOrEqual(7);
    const role = await admin.query<{ has: boolean }>('SELECT rolpassword IS NOT NULL AS has FROM pg_authid WHERE rolname = $1', [APP]);
    expect(role.rows).toEqual([{ has: true }]);

    const url = new URL(database.url!);
    url.username = APP;
    const app = await openPgDatabase(url.toString());
    try {
      const org = await app.query<{ id: string }>(`INSERT INTO organisations (name, billing_email) VALUES ('a', 'a@b.example') RETURNING id`);
      expect(org.rows).toHaveLength(1);
      expect(await sqlState(app.query('DROP TABLE audit_logs'))).toBe('42501');
      expect(await sqlState(app.query('ALTER TABLE invoices DROP COLUMN total'))).toBe('42501');
    } finally {
      await app.close();
    }
  });

  it.skipIf(!available)('runs again as a no-op for the schema and rotates the password', async () => {
    const before = await admin.query<{ p: string }>('SELECT rolpassword AS p FROM pg_authid WHERE rolname = $1', [APP]);
    expect(await prepareDatabase(admin, { appUser: APP, appPassword: "second-'secret" })).toEqual([]);
    const after = await admin.query<{ p: string }>('SELECT rolpassword AS p FROM pg_authid WHERE rolname = $1', [APP]);
    expect(after.rows[0].p).not.toBe(before.rows[0].p);
  });
});
