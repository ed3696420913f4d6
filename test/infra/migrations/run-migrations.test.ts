// The data-migration runner on DynamoDB Local: version order, the recorded attributes, once only across runs and
// across concurrent runners (side effects counted), a failing migration stops the run unrecorded and is retried, a
// stale lock is taken over, a live one is waited for (heartbeat included), a lost lock records nothing, dry runs.
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createTables } from '../../../infra/local/dynamodb/create-tables';
import type { DataMigration } from '../../../infra/migrations/data-migration';
import { LOCK_VERSION, LockBusyError } from '../../../infra/migrations/migration-lock';
import { runMigrations, summarize, type RunMigrationsOptions } from '../../../infra/migrations/run-migrations';
import { physicalName, tableById } from '../../../infra/model';
import { testDynamoClient, uniquePrefix } from '../../support/dynamodb';

const clients = [testDynamoClient(), testDynamoClient(), testDynamoClient()];
const docs = clients.map((c) => DynamoDBDocumentClient.from(c));
const doc = docs[0];
afterAll(() => clients.forEach((c) => c.destroy()));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A migrations table of its own (a fresh stage) for one test. */
async function freshTable(): Promise<{ stage: string; table: string }> {
  const stage = uniquePrefix('mr').slice(0, -1);
  const model = tableById('flowMigrations');
  await createTables(clients[0], { stage, tables: [model] });
  return { stage, table: physicalName(model, stage) };
}

async function items(table: string) {
  return ((await doc.send(new ScanCommand({ TableName: table, ConsistentRead: true }))).Items ?? []).sort((a, b) => String(a.version).localeCompare(String(b.version)));
}

/** Migrations whose `up` counts its calls (the side effect) and can be told to wait or to fail. */
function counting(versions: string[], behave: { delayMs?: number; failing?: Set<string> } = {}) {
  const calls: string[] = [];
  const migrations: DataMigration[] = versions.map((version) => ({
    version,
    description: `migration ${version}`,
    author: 'tests',
    async up() {
      calls.push(version);
      if (behave.delayMs) await sleep(behave.delayMs);
      if (behave.failing?.has(version)) throw new Error(`boom in ${version}`);
      return { touched: Number(version) };
    },
  }));
  return { calls, migrations };
}

function options(t: { stage: string; table: string }, migrations: DataMigration[], extra: Partial<RunMigrationsOptions> = {}): RunMigrationsOptions {
  return { doc, stage: t.stage, table: t.table, migrations, pollMs: 20, ...extra };
}

describe('runMigrations', () => {
  it('applies pending migrations in version order and records the seed attributes plus duration', async () => {
    const t = await freshTable();
    const { calls, migrations } = counting(['003', '001', '002']);
    const lines: string[] = [];
    const before = Date.now();
    const report = await runMigrations(options(t, migrations, { log: (l) => lines.push(l) }));
    expect(calls).toEqual(['001', '002', '003']);
    expect(report.applied.map((a) => a.version)).toEqual(['001', '002', '003']);
    expect(report.applied[1]).toMatchObject({ description: 'migration 002', outcome: { touched: 2 } });
    expect(report).toMatchObject({ alreadyApplied: [], pending: [], failed: null });
    const records = await items(t.table);
    expect(records.map((r) => Object.keys(r).sort())).toEqual(Array(3).fill(['applied_at', 'author', 'description', 'duration_ms', 'version']));
    expect(records[0]).toMatchObject({ version: '001', description: 'migration 001', author: 'tests' });
    for (const r of records) {
      expect(Date.parse(r.applied_at)).toBeGreaterThanOrEqual(before - 5);
      expect(new Date(Date.parse(r.applied_at)).toISOString()).toBe(r.applied_at);
      expect(r.duration_ms).toBeGreaterThanOrEqual(0);
    }
    // Records come in applied order: 001 before 002 before 003.
    expect(records.map((r) => r.applied_at)).toEqual([...records.map((r) => r.applied_at)].sort());
    // Progress: started and done (with duration and outcome) for each, in order.
    const progress = lines.filter((l) => /started|done/.test(l));
    expect(progress).toHaveLength(6);
    expect(progress[0]).toBe('001 migration 001: started');
    expect(progress[1]).toMatch(/^001 done in \d+ ms \(touched 1\)$/);
    expect(progress[5]).toMatch(/^003 done in/);
    expect(summarize(report)).toMatch(/^3 applied \(001, 002, 003\), 0 already applied, 0 pending in \d+\.\d s$/);
  });

  it('applies each version once across runs, and only what is new', async () => {
    const t = await freshTable();
    const first = counting(['001', '002']);
    await runMigrations(options(t, first.migrations));
    const recorded = await items(t.table);
    const second = counting(['001', '002', '003']);
    const report = await runMigrations(options(t, second.migrations));
    expect(second.calls).toEqual(['003']);
    expect(report).toMatchObject({ alreadyApplied: ['001', '002'], pending: [] });
    const third = counting(['001', '002', '003']);
    expect((await runMigrations(options(t, third.migrations))).applied).toEqual([]);
    expect(third.calls).toEqual([]);
    const after = await items(t.table);
    expect(after).toHaveLength(3);
    expect(after.slice(0, 2)).toEqual(recorded); // the first records are never rewritten
  });

  it('two (and three) runners started together apply every migration exactly once', async () => {
    for (const runners of [2, 3]) {
      const t = await freshTable();
      const set = counting(['001', '002', '003', '004'], { delayMs: 40 });
      const reports = await Promise.all(
        docs.slice(0, runners).map((d, i) => runMigrations({ ...options(t, set.migrations), doc: d, owner: `runner-${i}` })),
      );
      expect([...set.calls].sort()).toEqual(['001', '002', '003', '004']);
      expect(reports.map((r) => r.applied.length).sort()).toEqual([...Array(runners - 1).fill(0), 4]);
      for (const r of reports.filter((x) => x.applied.length === 0)) expect(r.alreadyApplied).toEqual(['001', '002', '003', '004']);
      expect((await items(t.table)).map((r) => r.version)).toEqual(['001', '002', '003', '004']); // and no lock left
    }
  });

  it('a failing migration stops the run, is not recorded, and the next run retries it', async () => {
    const t = await freshTable();
    const failing = new Set(['002']);
    const set = counting(['001', '002', '003'], { failing });
    const lines: string[] = [];
    const report = await runMigrations(options(t, set.migrations, { log: (l) => lines.push(l) }));
    expect(report.failed).toEqual({ version: '002', error: 'boom in 002' });
    expect(report.applied.map((a) => a.version)).toEqual(['001']);
    expect(report.pending).toEqual(['002', '003']);
    expect(set.calls).toEqual(['001', '002']); // 003 never started
    expect((await items(t.table)).map((r) => r.version)).toEqual(['001']); // lock released, 002 unrecorded
    expect(lines).toContainEqual(expect.stringMatching(/^002 FAILED after \d+ ms: boom in 002$/));
    expect(summarize(report)).toMatch(/1 applied \(001\), 0 already applied, 2 pending \(002, 003\), 002 failed/);

    failing.clear();
    const retry = await runMigrations(options(t, set.migrations));
    expect(retry.applied.map((a) => a.version)).toEqual(['002', '003']);
    expect(set.calls).toEqual(['001', '002', '002', '003']);
    expect((await items(t.table)).map((r) => r.version)).toEqual(['001', '002', '003']);
  });

  it('takes over a stale lock (a crashed runner: lease run out, its version unrecorded) and applies that version', async () => {
    const t = await freshTable();
    // What a runner killed while applying 002 leaves: 001 recorded, the lock with 002 current, no record of 002.
    await doc.send(new PutCommand({ TableName: t.table, Item: { version: '001', applied_at: '2026-01-01T00:00:00.000Z', description: 'migration 001', author: 'tests', duration_ms: 3 } }));
    await doc.send(new PutCommand({ TableName: t.table, Item: { version: LOCK_VERSION, owner: 'crashed', host: 'h', pid: 1, acquired_at: '2026-01-01T00:00:00.000Z', lease_expires_at: Date.now() - 1, current_version: '002' } }));
    const set = counting(['001', '002']);
    const lines: string[] = [];
    const report = await runMigrations(options(t, set.migrations, { log: (l) => lines.push(l) }));
    expect(lines[0]).toMatch(/^took over a stale lock \(owner crashed on h pid 1, applying 002, lease until .*\)/);
    expect(set.calls).toEqual(['002']);
    expect(report.applied.map((a) => a.version)).toEqual(['002']);
    expect((await items(t.table)).map((r) => r.version)).toEqual(['001', '002']);

    // A lock item with no lease at all (written by hand) is stale too, rather than blocking every run.
    await doc.send(new PutCommand({ TableName: t.table, Item: { version: LOCK_VERSION, owner: 'by-hand' } }));
    const next = counting(['001', '002', '003']);
    expect((await runMigrations(options(t, next.migrations))).applied.map((a) => a.version)).toEqual(['003']);
  });

  it('waits for a live lock and gives up with who holds it; nothing is applied', async () => {
    const t = await freshTable();
    const holder = { version: LOCK_VERSION, owner: 'alive', host: 'other-host', pid: 42, acquired_at: new Date().toISOString(), lease_expires_at: Date.now() + 60_000, current_version: '007' };
    await doc.send(new PutCommand({ TableName: t.table, Item: holder }));
    const set = counting(['001']);
    const lines: string[] = [];
    const run = runMigrations(options(t, set.migrations, { waitMs: 150, log: (l) => lines.push(l) }));
    await expect(run).rejects.toBeInstanceOf(LockBusyError);
    await expect(run).rejects.toThrow(/owner alive on other-host pid 42, applying 007/);
    expect(lines[0]).toMatch(/^waiting for the lock: owner alive/);
    expect(set.calls).toEqual([]);
    expect(await items(t.table)).toEqual([holder]);
  });

  it('keeps its lock through a migration longer than the lease (heartbeat), so a second runner waits', async () => {
    const t = await freshTable();
    const set = counting(['001', '002'], { delayMs: 1500 });
    const first = runMigrations({ ...options(t, set.migrations), leaseMs: 1000, owner: 'long' });
    await sleep(100);
    const second = runMigrations({ ...options(t, set.migrations), doc: docs[1], leaseMs: 1000, waitMs: 10_000, owner: 'waiter' });
    const [a, b] = await Promise.all([first, second]);
    expect(set.calls).toEqual(['001', '002']);
    expect(a.applied).toHaveLength(2);
    expect(b).toMatchObject({ applied: [], alreadyApplied: ['001', '002'] });
  });

  it('a runner whose lock was taken over records nothing and stops', async () => {
    const t = await freshTable();
    let seenSignal: AbortSignal | undefined;
    const migrations: DataMigration[] = [
      {
        version: '001',
        description: 'slow',
        author: 'tests',
        async up(ctx) {
          seenSignal = ctx.signal;
          // Another runner takes the lock over (as after a freeze longer than the lease).
          await doc.send(new PutCommand({ TableName: t.table, Item: { version: LOCK_VERSION, owner: 'usurper', host: 'h', pid: 2, acquired_at: new Date().toISOString(), lease_expires_at: Date.now() + 60_000 } }));
          await sleep(400);
        },
      },
      { version: '002', description: 'never', author: 'tests', up: async () => undefined },
    ];
    const report = await runMigrations(options(t, migrations, { leaseMs: 150 }));
    expect(seenSignal?.aborted).toBe(true);
    expect(report.failed).toMatchObject({ version: '001', error: expect.stringMatching(/lost the migrations lock/) });
    expect(report.applied).toEqual([]);
    const left = await items(t.table);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ version: LOCK_VERSION, owner: 'usurper' }); // not released by the loser
    await doc.send(new DeleteCommand({ TableName: t.table, Key: { version: LOCK_VERSION } }));
  });

  it('a dry run lists what is pending and writes nothing (no lock either)', async () => {
    const t = await freshTable();
    await runMigrations(options(t, counting(['001']).migrations));
    const set = counting(['001', '002', '003']);
    const lines: string[] = [];
    const report = await runMigrations(options(t, set.migrations, { dryRun: true, log: (l) => lines.push(l) }));
    expect(report).toMatchObject({ applied: [], alreadyApplied: ['001'], pending: ['002', '003'], failed: null });
    expect(lines).toEqual(['would apply 002 migration 002', 'would apply 003 migration 003']);
    expect(set.calls).toEqual([]);
    expect((await items(t.table)).map((r) => r.version)).toEqual(['001']);
  });

  it('warns when a recorded version no longer matches its module, and refuses invalid sets before touching the table', async () => {
    const t = await freshTable();
    await doc.send(new PutCommand({ TableName: t.table, Item: { version: '001', applied_at: '2026-01-01T00:00:00.000Z', description: 'old words', author: 'someone', duration_ms: 1 } }));
    const lines: string[] = [];
    await runMigrations(options(t, counting(['001']).migrations, { log: (l) => lines.push(l) }));
    expect(lines).toContainEqual('warning: 001 was recorded as "old words" by someone; its module now says "migration 001" by tests');
    // A version older than the newest recorded one (merged late) still runs, with a warning.
    await doc.send(new PutCommand({ TableName: t.table, Item: { version: '005', applied_at: '2026-01-02T00:00:00.000Z', description: 'migration 005', author: 'tests', duration_ms: 1 } }));
    const late = counting(['001', '003', '005']);
    lines.length = 0;
    await runMigrations(options(t, late.migrations, { log: (l) => lines.push(l) }));
    expect(late.calls).toEqual(['003']);
    expect(lines).toContainEqual('warning: 003 is older than 005, which is applied already; applying it now');

    const dup = [...counting(['001']).migrations, ...counting(['001']).migrations];
    await expect(runMigrations(options(t, dup))).rejects.toThrow('two migrations have version 001');
    const bad = { ...counting(['001']).migrations[0], version: '1' };
    await expect(runMigrations(options(t, [bad]))).rejects.toThrow(/version. must be three digits/);
    expect((await doc.send(new GetCommand({ TableName: t.table, Key: { version: LOCK_VERSION } }))).Item).toBeUndefined();
  });
});
