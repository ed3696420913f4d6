/**
 * Migration runner: applies the pending files of functions/db/migrations in order, each in its
 * own transaction together with its `schema_migrations` row, and refuses to run when an applied
 * migration has changed or disappeared. Every step holds a transaction-scoped advisory lock, so
 * concurrent runners (several Lambdas cold-starting, two CI jobs) apply each migration once.
 *
 * CLI: `npx tsx functions/db/migrate.ts [up|status] [--data-dir DIR]`
 * (DATABASE_URL selects a real server; otherwise PGlite in DIR, default `.gateway/pglite`).
 */
import { pathToFileURL } from 'node:url';
import { openDatabase, type Database, type Queryable } from './database';
import { MigrationError } from './errors';
import { loadMigrationFiles, type MigrationFile } from './migration-files';

/** Arbitrary constant naming "the migration lock" for pg_advisory_xact_lock. */
const MIGRATION_LOCK_KEY = 20_020_001;

export interface MigrateOptions {
  /** Folder of NNNN_name.sql files; functions/db/migrations by default. */
  dir?: string;
  /** Progress lines ("applying 0003_pricing.sql ... done in 12 ms"); silent by default. */
  log?: (line: string) => void;
}

export interface MigrationState {
  name: string;
  state: 'applied' | 'pending';
  appliedAt?: Date;
}

interface AppliedRow {
  name: string;
  checksum: string;
  applied_at: Date;
}

async function lockedTransaction<T>(db: Database, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    return fn(tx);
  });
}

async function appliedMigrations(tx: Queryable): Promise<AppliedRow[]> {
  await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name        text PRIMARY KEY,
    checksum    text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    duration_ms integer NOT NULL
  )`);
  const { rows } = await tx.query<AppliedRow>('SELECT name, checksum, applied_at FROM schema_migrations ORDER BY name');
  return rows;
}

/** Refuses applied migrations whose file changed or vanished. */
function verify(applied: AppliedRow[], files: MigrationFile[]): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of applied) {
    const file = byName.get(row.name);
    if (!file) {
      throw new MigrationError('MigrationMissing', `${row.name} is applied but its file is missing`);
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        'MigrationChecksumMismatch',
        `${row.name} changed after it was applied (checksum ${row.checksum.slice(0, 12)} applied, ${file.checksum.slice(0, 12)} on disk); add a new migration instead`,
      );
    }
  }
}

/** Applies every pending migration; returns the names applied by this call. */
export async function migrate(db: Database, options: MigrateOptions = {}): Promise<string[]> {
  const log = options.log ?? (() => undefined);
  const files = await loadMigrationFiles(options.dir);
  const done: string[] = [];
  for (const file of files) {
    const applied = await lockedTransaction(db, async (tx) => {
      const rows = await appliedMigrations(tx);
      verify(rows, files);
      if (rows.some((row) => row.name === file.name)) return false;
      const started = performance.now();
      try {
        await tx.exec(file.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError('MigrationFailed', `${file.name} failed: ${reason}`, { cause: error });
      }
      const ms = Math.round(performance.now() - started);
      await tx.query('INSERT INTO schema_migrations (name, checksum, duration_ms) VALUES ($1, $2, $3)', [
        file.name,
        file.checksum,
        ms,
      ]);
      log(`applying ${file.name} ... done in ${ms} ms`);
      return true;
    });
    if (applied) done.push(file.name);
  }
  if (done.length === 0) log('schema is up to date');
  return done;
}

/** Applied and pending migrations, in order; throws like `migrate` on a changed migration. */
export async function migrationStatus(db: Database, options: MigrateOptions = {}): Promise<MigrationState[]> {
  const files = await loadMigrationFiles(options.dir);
  const rows = await lockedTransaction(db, appliedMigrations);
  verify(rows, files);
  const appliedAt = new Map(rows.map((row) => [row.name, row.applied_at]));
  return files.map((file) => {
    const at = appliedAt.get(file.name);
    return at ? { name: file.name, state: 'applied', appliedAt: at } : { name: file.name, state: 'pending' };
  });
}

async function main(argv: string[]): Promise<void> {
  const command = argv[0] ?? 'up';
  const dirFlag = argv.indexOf('--data-dir');
  const dataDir = dirFlag >= 0 ? argv[dirFlag + 1] : '.gateway/pglite';
  if (command !== 'up' && command !== 'status') {
    console.error('usage: migrate.ts [up|status] [--data-dir DIR]');
    process.exitCode = 2;
    return;
  }
  const db = await openDatabase({ dataDir });
  try {
    if (command === 'up') {
      await migrate(db, { log: (line) => console.log(line) });
    } else {
      for (const m of await migrationStatus(db)) {
        console.log(`${m.state.padEnd(8)} ${m.name}${m.appliedAt ? `  ${m.appliedAt.toISOString()}` : ''}`);
      }
    }
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const type = (error as { errorType?: string }).errorType ?? 'Error';
    console.error(`${type}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
