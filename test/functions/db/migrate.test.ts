import { cp, mkdtemp, rm, unlink, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../functions/db/database';
import { MigrationError } from '../../../functions/db/errors';
import { defaultMigrationsDir, loadMigrationFiles } from '../../../functions/db/migration-files';
import { migrate, migrationStatus } from '../../../functions/db/migrate';
import { backends, createTestDatabase, type TestDatabase } from '../support/databases';

const allNames = async () => (await loadMigrationFiles()).map((file) => file.name);

async function errorOf(promise: Promise<unknown>): Promise<MigrationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

describe('migration files', () => {
  it('are numbered, ordered and unique', async () => {
    const names = await allNames();
    expect(names.length).toBeGreaterThanOrEqual(7);
    expect([...names].sort()).toEqual(names);
  });

  it('refuses a badly named or duplicated file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    try {
      await writeFile(join(dir, '0001_a.sql'), 'SELECT 1;');
      await writeFile(join(dir, '1_b.sql'), 'SELECT 1;');
      expect((await errorOf(loadMigrationFiles(dir))).errorType).toBe('MigrationInvalidName');
      await unlink(join(dir, '1_b.sql'));
      await writeFile(join(dir, '0001_b.sql'), 'SELECT 1;');
      expect((await errorOf(loadMigrationFiles(dir))).errorType).toBe('MigrationInvalidName');
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

for (const backend of backends) {
  describe.skipIf(!backend.available)(`migration runner on ${backend.name}`, () => {
    let testDb: TestDatabase;
    let db: Database;
    let dir: string;

    beforeEach(async () => {
      testDb = await createTestDatabase(backend.name);
      db = await testDb.open();
      dir = await mkdtemp(join(tmpdir(), 'migrations-'));
      await cp(defaultMigrationsDir, dir, { recursive: true });
    });

    afterEach(async () => {
      await db.close();
      await testDb.drop();
      await rm(dir, { recursive: true });
    });

    it('lists every migration pending on an empty database', async () => {
      const status = await migrationStatus(db);
      expect(status.map((m) => m.state)).toEqual(status.map(() => 'pending'));
      expect(status.map((m) => m.name)).toEqual(await allNames());
    });

    it('applies every migration in order, with progress, then nothing on a second run', async () => {
      const lines: string[] = [];
      const applied = await migrate(db, { log: (line) => lines.push(line) });
      expect(applied).toEqual(await allNames());
      expect(lines[0]).toMatch(/^applying 0001_core\.sql \.\.\. done in \d+ ms$/);

      const again: string[] = [];
      expect(await migrate(db, { log: (line) => again.push(line) })).toEqual([]);
      expect(again).toEqual(['schema is up to date']);
      const status = await migrationStatus(db);
      expect(status.every((m) => m.state === 'applied' && m.appliedAt instanceof Date)).toBe(true);
    });

    it('applies only the new migration when one is added', async () => {
      await migrate(db, { dir });
      await writeFile(join(dir, '0999_extra.sql'), 'CREATE TABLE extra_table (id int PRIMARY KEY);');
      expect(await migrate(db, { dir })).toEqual(['0999_extra.sql']);
      expect((await db.query('SELECT count(*)::int AS n FROM extra_table')).rows).toEqual([{ n: 0 }]);
    });

    it('refuses to run when an applied migration changed', async () => {
      await migrate(db, { dir });
      await appendFile(join(dir, '0002_usage.sql'), '\n-- edited after the fact\n');
      expect((await errorOf(migrate(db, { dir }))).errorType).toBe('MigrationChecksumMismatch');
      expect((await errorOf(migrationStatus(db, { dir }))).errorType).toBe('MigrationChecksumMismatch');
    });

    it('refuses to run when an applied migration disappeared', async () => {
      await migrate(db, { dir });
      await unlink(join(dir, '0007_audit_email.sql'));
      expect((await errorOf(migrate(db, { dir }))).errorType).toBe('MigrationMissing');
    });

    it('rolls a failing migration back entirely and records nothing for it', async () => {
      await writeFile(join(dir, '0998_broken.sql'), 'CREATE TABLE half_done (id int);\nSELECT 1/0;');
      const error = await errorOf(migrate(db, { dir }));
      expect(error.errorType).toBe('MigrationFailed');
      expect(error.message).toContain('0998_broken.sql');
      const { rows } = await db.query("SELECT to_regclass('half_done') IS NULL AS gone");
      expect(rows).toEqual([{ gone: true }]);
      const status = await migrationStatus(db, { dir });
      expect(status.filter((m) => m.state === 'pending').map((m) => m.name)).toEqual(['0998_broken.sql']);
    });

    it('applies each migration exactly once when runners race', async () => {
      const second = backend.name === 'postgres' ? await testDb.open() : db;
      const third = backend.name === 'postgres' ? await testDb.open() : db;
      try {
        const results = await Promise.all([migrate(db), migrate(second), migrate(third)]);
        expect(results.flat().sort()).toEqual(await allNames());
        const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
        expect(rows[0].n).toBe((await allNames()).length);
      } finally {
        if (second !== db) await second.close();
        if (third !== db) await third.close();
      }
    });
  });
}
