/**
 * Applies the pending data migrations of a migrations table in version order, each exactly once.
 *
 * Once-only, also when two runners start at the same time (the design, in three parts):
 * 1. The run takes the table's lease lock first (migration-lock.ts: a conditional PutItem only one runner can win).
 *    The other runner waits for it, then reads the records again and finds nothing left to do. One lock for the run,
 *    not one per version, because the order matters: no runner may apply 005 while 004 is still running elsewhere.
 * 2. Under the lock, the records are read (consistent) and every version without one is applied, lowest first.
 * 3. A version is recorded only after its `up` resolved, in a transaction that also checks the lock is still ours
 *    (migration-records.ts). So a crash mid-migration leaves no record (the version stays pending and runs again
 *    once the stale lease has run out), and a runner whose lock was taken over cannot record what it ran.
 * What this cannot give is "the side effects of `up` happen once": a crash or a lost lock repeats `up` from the start,
 * which is why every migration must be idempotent in itself (data-migration.ts).
 *
 * A failing migration stops the run: it is not recorded, the later ones are not started, and the next run retries it.
 */
import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { physicalName, tableById } from '../model';
import { orderedMigrations, type DataMigration, type MigrationContext, type MigrationOutcome } from './data-migration';
import { acquireLock, type HeldLock } from './migration-lock';
import { readRecords, writeRecord, type MigrationRecord } from './migration-records';

export interface RunMigrationsOptions {
  doc: DynamoDBDocumentClient;
  stage: string;
  /** The physical migrations table (`flowlogic-{stage}-migrations`). */
  table: string;
  migrations: readonly DataMigration[];
  /** Progress lines. */
  log?: (line: string) => void;
  /** List what is pending; apply nothing, take no lock. */
  dryRun?: boolean;
  /** The lock's lease (default 60 s); a crashed runner's lock is taken over this long after its last heartbeat. */
  leaseMs?: number;
  /** How long to wait for a lock another runner holds (default 120 s). */
  waitMs?: number;
  /** How often to try for a held lock (default 1 s). */
  pollMs?: number;
  /** This run's id in the lock (default a random UUID). */
  owner?: string;
  now?: () => number;
}

export interface AppliedMigration {
  version: string;
  description: string;
  durationMs: number;
  outcome?: MigrationOutcome;
}

export interface RunReport {
  applied: AppliedMigration[];
  /** Versions recorded before this run (including ones with no module here, e.g. applied by an older tool). */
  alreadyApplied: string[];
  /** Versions with a module and no record when the run ended (all of them on a dry run; the failed one and later). */
  pending: string[];
  failed: { version: string; error: string } | null;
  durationMs: number;
}

export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_WAIT_MS = 120_000;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function formatOutcome(outcome: MigrationOutcome | void): string {
  if (!outcome || Object.keys(outcome).length === 0) return '';
  return ` (${Object.entries(outcome).map(([k, v]) => `${k} ${v}`).join(', ')})`;
}

/** Recorded versions whose description or author differ from their module's: the module was edited after it ran. */
function warnDrift(records: Map<string, MigrationRecord>, migrations: DataMigration[], log: (line: string) => void): void {
  for (const m of migrations) {
    const r = records.get(m.version);
    if (r && (r.description !== m.description || r.author !== m.author)) {
      log(`warning: ${m.version} was recorded as "${r.description}" by ${r.author}; its module now says "${m.description}" by ${m.author}`);
    }
  }
}

export async function runMigrations(options: RunMigrationsOptions): Promise<RunReport> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? Date.now;
  const started = now();
  const migrations = orderedMigrations(options.migrations);
  const report: RunReport = { applied: [], alreadyApplied: [], pending: [], failed: null, durationMs: 0 };
  const finish = () => {
    report.durationMs = now() - started;
    return report;
  };

  if (options.dryRun) {
    const records = await readRecords(options.doc, options.table);
    report.alreadyApplied = [...records.keys()].sort();
    report.pending = migrations.filter((m) => !records.has(m.version)).map((m) => m.version);
    warnDrift(records, migrations, log);
    for (const m of migrations.filter((x) => !records.has(x.version))) log(`would apply ${m.version} ${m.description}`);
    return finish();
  }

  const lock: HeldLock = await acquireLock({
    doc: options.doc,
    table: options.table,
    owner: options.owner ?? randomUUID(),
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    waitMs: options.waitMs ?? DEFAULT_WAIT_MS,
    pollMs: options.pollMs ?? 1000,
    now,
    log,
  });
  try {
    // Read under the lock: whatever another runner applied before we got it is recorded by now.
    const records = await readRecords(options.doc, options.table);
    report.alreadyApplied = [...records.keys()].sort();
    warnDrift(records, migrations, log);
    const pending = migrations.filter((m) => !records.has(m.version));
    report.pending = pending.map((m) => m.version);
    const highest = report.alreadyApplied.at(-1);
    log(`${report.alreadyApplied.length} already applied${highest ? ` (up to ${highest})` : ''}, ${pending.length} pending`);

    for (const m of pending) {
      if (highest && m.version < highest) log(`warning: ${m.version} is older than ${highest}, which is applied already; applying it now`);
      const t0 = now();
      log(`${m.version} ${m.description}: started`);
      try {
        await lock.markCurrent(m.version);
        const ctx: MigrationContext = {
          doc: options.doc,
          stage: options.stage,
          tableName: (id) => physicalName(tableById(id), options.stage),
          log: (line) => log(`  ${m.version} ${line}`),
          signal: lock.signal,
        };
        const outcome = await m.up(ctx);
        if (lock.signal.aborted) throw lock.signal.reason;
        const durationMs = now() - t0;
        const record: MigrationRecord = { version: m.version, applied_at: new Date(now()).toISOString(), description: m.description, author: m.author, duration_ms: durationMs };
        await writeRecord(options.doc, options.table, record, lock.owner);
        report.applied.push({ version: m.version, description: m.description, durationMs, ...(outcome ? { outcome } : {}) });
        report.pending.shift();
        log(`${m.version} done in ${durationMs} ms${formatOutcome(outcome)}`);
      } catch (error) {
        report.failed = { version: m.version, error: message(error) };
        log(`${m.version} FAILED after ${now() - t0} ms: ${message(error)}`);
        log(`${m.version} is not recorded; the run stops here and the next run retries it`);
        break;
      }
    }
  } finally {
    await lock.release();
  }
  return finish();
}

/** One line for the end of a run. */
export function summarize(report: RunReport): string {
  const applied = report.applied.map((a) => a.version).join(', ');
  return [
    `${report.applied.length} applied${applied ? ` (${applied})` : ''}`,
    `${report.alreadyApplied.length} already applied`,
    `${report.pending.length} pending${report.pending.length ? ` (${report.pending.join(', ')})` : ''}`,
    ...(report.failed ? [`${report.failed.version} failed`] : []),
  ].join(', ') + ` in ${(report.durationMs / 1000).toFixed(1)} s`;
}
