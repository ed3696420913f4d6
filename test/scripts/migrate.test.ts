/**
 * `npm run migrate` (scripts/migrate.ts) as real processes on the run's DynamoDB Local: the Flow Logic migrations over
 * seed-shaped data with progress and a summary, a second run that applies nothing, two processes started together
 * (side effects counted in a table), a process killed mid-migration (SIGKILL: no record, the next run takes over the
 * stale lock and applies it), a failing migration (exit 1, not recorded); and the command line.
 *
 * The children are `node --import tsx`, one process each, so a kill hits the process that holds the lock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTables } from '../../infra/local/dynamodb/create-tables';
import { LOCK_VERSION } from '../../infra/migrations/migration-lock';
import { physicalName, tableById, tables } from '../../infra/model';
import { FLOWLOGIC_MIGRATIONS_DIR } from '../../infra/migrations/load-migrations';
import { parseMigrateCommand } from '../../scripts/migrate';
import { dynamodbEndpoint, testDynamoClient, uniquePrefix } from '../support/dynamodb';
import { alive } from '../support/process';

const root = resolve(__dirname, '../..');
const client = testDynamoClient();
const doc = DynamoDBDocumentClient.from(client);
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const c of children) if (c.pid && alive(c.pid)) c.kill('SIGKILL');
  client.destroy();
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function migrate(args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts', ...args], {
    cwd: root,
    env: { ...process.env, DYNAMODB_ENDPOINT: dynamodbEndpoint() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

async function finished(run: Run): Promise<{ code: number | null; out: string }> {
  const code = await run.exited;
  return { code, out: run.output() };
}

async function waitFor(run: Run, text: string, boundMs = 60_000): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null) throw new Error(`migrate exited (${run.child.exitCode}) before "${text}":\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" from migrate:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function flowStage(): Promise<string> {
  const stage = uniquePrefix('cli').slice(0, -1);
  await createTables(client, { stage, tables: tables.filter((t) => t.app === 'flowlogic') });
  return stage;
}

const name = (id: string, stage: string) => physicalName(tableById(id), stage);

async function records(stage: string) {
  const items = (await doc.send(new ScanCommand({ TableName: name('flowMigrations', stage), ConsistentRead: true }))).Items ?? [];
  return items.sort((a, b) => String(a.version).localeCompare(String(b.version)));
}

// Fixture migrations count their runs in the user-limits table (`user_id = runs#<version>`). They import the SDK by
// absolute URL, since they live in a temp folder with no node_modules above it.
const LIB = pathToFileURL(createRequire(import.meta.url).resolve('@aws-sdk/lib-dynamodb')).href;
type Behaviour = 'ok' | 'fail' | 'hang-first-run';
function fixtureFolder(migrations: Record<string, Behaviour>): string {
  const dir = mkdtempSync(join(tmpdir(), 'migrate-cli-'));
  for (const [version, behaviour] of Object.entries(migrations)) {
    writeFileSync(join(dir, `${version}-counted.ts`), `import { UpdateCommand } from ${JSON.stringify(LIB)};
export const version = '${version}';
export const description = 'counted ${version}';
export const author = 'tests';
export async function up(ctx) {
  const out = await ctx.doc.send(new UpdateCommand({
    TableName: ctx.tableName('flowUserLimits'), Key: { user_id: 'runs#${version}' },
    UpdateExpression: 'ADD runs :one', ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW',
  }));
  ${behaviour === 'hang-first-run' ? "if (out.Attributes.runs === 1) { ctx.log('hanging'); await new Promise((r) => setTimeout(r, 600000)); }" : ''}
  ${behaviour === 'fail' ? "throw new Error('fixture failure in ' + version);" : ''}
  await new Promise((r) => setTimeout(r, 150));
  return { runs: out.Attributes.runs };
}
`);
  }
  return dir;
}

async function runs(stage: string, version: string): Promise<number> {
  const item = (await doc.send(new GetCommand({ TableName: name('flowUserLimits', stage), Key: { user_id: `runs#${version}` }, ConsistentRead: true }))).Item;
  return (item?.runs as number | undefined) ?? 0;
}

describe('npm run migrate', () => {
  let stage: string;
  beforeAll(async () => {
    stage = await flowStage();
    await doc.send(new PutCommand({ TableName: name('flowAssessments', stage), Item: { user_id: 'u1', assessment_id: 'a1', test_id: 1, created_at: '2025-10-10T10:00:00.000Z' } }));
    await doc.send(new PutCommand({ TableName: name('flowPlans', stage), Item: { user_id: 'u1', plan_id: 'p1', is_active: 'true', created_at: '2025-10-10T10:00:00.000Z' } }));
    await doc.send(new PutCommand({ TableName: name('flowUsers', stage), Item: { user_id: 'u1', email: 'Mixed.Case@Flow.Example', created_at: '2025-10-01T00:00:00.000Z' } }));
  });

  it('applies the Flow Logic migrations with progress and a summary, recording each; a second run applies nothing', async () => {
    const { code, out } = await finished(migrate(['--stage', stage]));
    expect(code, out).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(`[migrate] flowlogic-${stage}-migrations on DynamoDB Local at ${dynamodbEndpoint()}, stage ${stage}: 3 migration(s) in infra/migrations/flowlogic`);
    expect(lines).toContain('[migrate] 0 already applied, 3 pending');
    expect(lines).toContain('[migrate] 002 Backfill month_key on assessments: started');
    expect(lines).toContainEqual(expect.stringMatching(/^\[migrate\] 002 done in \d+ ms \(scanned 1, backfilled 1, changed 0, unparseable 0\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\[migrate\] 003 done in \d+ ms \(scanned 1, updated 1,/));
    expect(lines).toContainEqual(expect.stringMatching(/^\[migrate\] 004 done in \d+ ms \(users 1, reserved 1, already_reserved 0, lowercased 1,/));
    expect(lines.at(-1)).toMatch(/^\[migrate\] summary: 3 applied \(002, 003, 004\), 0 already applied, 0 pending in \d+\.\d s$/);
    expect((await records(stage)).map((r) => [r.version, r.description, r.author])).toEqual([
      ['002', 'Backfill month_key on assessments', 'flowlogic-team'],
      ['003', 'active_user_id replaces the Boolean active-index key', 'gateway'],
      ['004', 'Lower-case user e-mails and reserve each one (unique e-mails)', 'gateway'],
    ]);
    const user = (await doc.send(new GetCommand({ TableName: name('flowUsers', stage), Key: { user_id: 'u1' } }))).Item;
    expect(user?.email).toBe('mixed.case@flow.example');

    const again = await finished(migrate(['--stage', stage]));
    expect(again.code).toBe(0);
    expect(again.out).toContain('[migrate] 3 already applied (up to 004), 0 pending');
    expect(again.out).toMatch(/summary: 0 applied, 3 already applied, 0 pending/);
    expect(again.out).not.toContain('started');

    const dry = await finished(migrate(['--stage', stage, '--dry-run']));
    expect(dry.out).toContain('(dry run)');
    expect(dry.out).toMatch(/summary: 0 applied, 3 already applied, 0 pending/);
  });

  it('two processes started together apply each migration exactly once', async () => {
    const s = await flowStage();
    const dir = fixtureFolder({ '001': 'ok', '002': 'ok', '003': 'ok' });
    const [a, b] = await Promise.all([finished(migrate(['--stage', s, '--dir', dir])), finished(migrate(['--stage', s, '--dir', dir]))]);
    expect([a.code, b.code], `${a.out}\n---\n${b.out}`).toEqual([0, 0]);
    expect([await runs(s, '001'), await runs(s, '002'), await runs(s, '003')]).toEqual([1, 1, 1]);
    const summaries = [a.out, b.out].map((o) => /summary: (\d) applied/.exec(o)?.[1]).sort();
    expect(summaries).toEqual(['0', '3']);
    expect((await records(s)).map((r) => r.version)).toEqual(['001', '002', '003']);
  });

  it('a process killed mid-migration leaves it unrecorded; the next run takes over the stale lock and applies it', async () => {
    const s = await flowStage();
    const dir = fixtureFolder({ '001': 'ok', '002': 'hang-first-run', '003': 'ok' });
    const first = migrate(['--stage', s, '--dir', dir, '--lease-seconds', '1']);
    await waitFor(first, '002 hanging');
    first.child.kill('SIGKILL');
    await first.exited;
    const left = await records(s);
    expect(left.map((r) => r.version)).toEqual(['001', LOCK_VERSION]);
    expect(left[1]).toMatchObject({ pid: first.child.pid, current_version: '002' });
    expect(left[1].applied_at).toBeUndefined();

    const second = await finished(migrate(['--stage', s, '--dir', dir, '--lease-seconds', '1']));
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(new RegExp(`took over a stale lock \\(owner \\S+ on \\S+ pid ${first.child.pid}, applying 002`));
    expect(second.out).toMatch(/summary: 2 applied \(002, 003\), 1 already applied/);
    expect(await runs(s, '001')).toBe(1);
    expect(await runs(s, '002')).toBe(2); // the crash repeats `up`: why migrations must be idempotent
    expect((await records(s)).map((r) => r.version)).toEqual(['001', '002', '003']);
  });

  it('a failing migration exits 1, is not recorded, and stops the run', async () => {
    const s = await flowStage();
    const dir = fixtureFolder({ '001': 'ok', '002': 'fail', '003': 'ok' });
    const { code, out } = await finished(migrate(['--stage', s, '--dir', dir]));
    expect(code).toBe(1);
    expect(out).toMatch(/\[migrate\] 002 FAILED after \d+ ms: fixture failure in 002\n/);
    expect(out).toMatch(/summary: 1 applied \(001\), 0 already applied, 2 pending \(002, 003\), 002 failed/);
    expect(await runs(s, '003')).toBe(0);
    expect((await records(s)).map((r) => r.version)).toEqual(['001']);
  });

  it('says clearly what is wrong with the input or the target', async () => {
    const missing = await finished(migrate(['--stage', 'nosuchstage']));
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('[migrate] table flowlogic-nosuchstage-migrations does not exist on DynamoDB Local');
    const bad = await finished(migrate(['--lease-seconds', 'soon']));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('--lease-seconds wants a number of seconds >= 1, got "soon"');
  });
});

describe('parseMigrateCommand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'migrate-args-'));
  const none = join(dir, 'none.json');

  it('finds DynamoDB Local from the environment, else from .gateway/local.json', () => {
    expect(parseMigrateCommand([], { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }, none)).toMatchObject({
      target: { local: true, endpoint: 'http://127.0.0.1:8000', stage: 'local', region: 'eu-west-2' },
      dir: FLOWLOGIC_MIGRATIONS_DIR, dryRun: false, leaseMs: 60_000, waitMs: 120_000,
    });
    const localJson = join(dir, 'local.json');
    writeFileSync(localJson, JSON.stringify({ dynamodbEndpoint: 'http://127.0.0.1:9999', region: 'ap-southeast-2', stage: 'demo' }));
    expect(parseMigrateCommand(['--lease-seconds', '5', '--wait-seconds', '0', '--dry-run'], {}, localJson)).toMatchObject({
      target: { local: true, endpoint: 'http://127.0.0.1:9999', stage: 'demo', region: 'ap-southeast-2' }, leaseMs: 5000, waitMs: 0, dryRun: true,
    });
    expect(parseMigrateCommand(['--stage', 'other'], { DYNAMODB_ENDPOINT: 'http://x:1' }, localJson).target).toMatchObject({ endpoint: 'http://x:1', stage: 'other' });
  });

  it('targets AWS with --aws: a region and a stage are required, local.json is ignored', () => {
    expect(parseMigrateCommand(['--aws', '--stage', 'prod'], { AWS_REGION: 'eu-west-2' }, none).target).toEqual({ local: false, region: 'eu-west-2', stage: 'prod' });
    expect(parseMigrateCommand(['--aws', '--stage', 'prod', '--region', 'ap-southeast-2'], { DYNAMODB_ENDPOINT: 'https://vpce.example' }, none).target)
      .toEqual({ local: false, region: 'ap-southeast-2', stage: 'prod', endpoint: 'https://vpce.example' });
    expect(() => parseMigrateCommand(['--aws', '--stage', 'prod'], {}, none)).toThrow(/--aws needs a region/);
    expect(() => parseMigrateCommand(['--aws'], { AWS_REGION: 'eu-west-2' }, none)).toThrow(/--aws needs --stage/);
  });

  it('refuses bad input with the usage', () => {
    expect(() => parseMigrateCommand([], {}, none)).toThrow(/no DynamoDB endpoint[\s\S]*usage: npm run migrate/);
    expect(() => parseMigrateCommand(['--bogus'], { DYNAMODB_ENDPOINT: 'x' }, none)).toThrow(/Unknown option '--bogus'[\s\S]*usage:/);
    expect(() => parseMigrateCommand(['--stage', 'a b'], { DYNAMODB_ENDPOINT: 'x' }, none)).toThrow(/--stage must be letters, digits and dashes/);
    expect(() => parseMigrateCommand(['--wait-seconds=-1'], { DYNAMODB_ENDPOINT: 'x' }, none)).toThrow(/--wait-seconds wants/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(() => parseMigrateCommand([], {}, broken)).toThrow(/broken\.json is not valid JSON/);
    expect(parseMigrateCommand(['--help'], {}, none).help).toBe(true);
  });
});
