/**
 * `npm run migrate -- [--stage S] [--aws [--region R]] [--dry-run] [--dir DIR] [--lease-seconds N] [--wait-seconds N]`
 * applies the pending Flow Logic data migrations (infra/migrations/flowlogic/NNN-*.ts) in version order, each once,
 * recording them in `flowlogic-{stage}-migrations` (infra/migrations/run-migrations.ts has the once-only design).
 *
 * Target: DynamoDB Local by default (env DYNAMODB_ENDPOINT, else `.gateway/local.json` of `npm start`), AWS with
 * `--aws` (default credential chain; --stage required); see infra/migrations/dynamodb-target.ts. Prints one line per
 * step and a summary; exits 1 when a migration failed (it is not recorded; the next run retries it), the lock stayed
 * busy, or the input was bad.
 */
import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { physicalName, tableById } from '../infra/model';
import { describeTarget, dynamoClientFor, resolveDynamoTarget, type DynamoTarget } from '../infra/migrations/dynamodb-target';
import { FLOWLOGIC_MIGRATIONS_DIR, loadMigrations } from '../infra/migrations/load-migrations';
import { DEFAULT_LEASE_MS, DEFAULT_WAIT_MS, runMigrations, summarize, type RunReport } from '../infra/migrations/run-migrations';

const USAGE =
  'usage: npm run migrate -- [--stage S] [--aws [--region R]] [--dry-run] [--dir DIR] [--lease-seconds N] [--wait-seconds N]';


export interface MigrateCommand {
  target: DynamoTarget;
  dir: string;
  dryRun: boolean;
  leaseMs: number;
  waitMs: number;
  help: boolean;
}

function seconds(value: string | undefined, name: string, fallbackMs: number, min: number): number {
  if (value === undefined) return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} wants a number of seconds >= ${min}, got "${value}"\n${USAGE}`);
  return Math.round(n * 1000);
}

/** Reads the command line and the environment; throws an Error with the usage on bad input. */
export function parseMigrateCommand(argv: string[], env: NodeJS.ProcessEnv, localJsonPath = '.gateway/local.json'): MigrateCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        stage: { type: 'string' }, aws: { type: 'boolean' }, region: { type: 'string' }, 'dry-run': { type: 'boolean' },
        dir: { type: 'string' }, 'lease-seconds': { type: 'string' }, 'wait-seconds': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const rest = {
    dir: values.dir ?? FLOWLOGIC_MIGRATIONS_DIR,
    dryRun: values['dry-run'] ?? false,
    leaseMs: seconds(values['lease-seconds'], '--lease-seconds', DEFAULT_LEASE_MS, 1),
    waitMs: seconds(values['wait-seconds'], '--wait-seconds', DEFAULT_WAIT_MS, 0),
  };
  if (values.help) return { target: { local: true, region: '', stage: '' }, ...rest, help: true };
  const target = resolveDynamoTarget({ aws: values.aws, stage: values.stage, region: values.region }, env, localJsonPath, USAGE);
  return { target, ...rest, help: false };
}

/** The whole command, printing through `print`; the report, or null when it printed the usage. */
export async function runMigrateCommand(command: MigrateCommand, print: (line: string) => void): Promise<RunReport | null> {
  if (command.help) {
    print(USAGE);
    return null;
  }
  const migrations = await loadMigrations(command.dir);
  const table = physicalName(tableById('flowMigrations'), command.target.stage);
  const client = dynamoClientFor(command.target);
  try {
    const inside = relative(process.cwd(), command.dir);
    const dir = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : command.dir;
    print(`${table} on ${describeTarget(command.target)}: ${migrations.length} migration(s) in ${dir}${command.dryRun ? ' (dry run)' : ''}`);
    const report = await runMigrations({
      doc: DynamoDBDocumentClient.from(client),
      stage: command.target.stage,
      table,
      migrations,
      dryRun: command.dryRun,
      leaseMs: command.leaseMs,
      waitMs: command.waitMs,
      log: print,
    }).catch((error: unknown) => {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
      throw new Error(`table ${table} does not exist on ${describeTarget(command.target)}: deploy the stack (AWS) or run \`npm start\` (local) first`);
    });
    print(`summary: ${summarize(report)}`);
    return report;
  } finally {
    client.destroy();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const print = (line: string) => console.log(`[migrate] ${line}`);
  try {
    const report = await runMigrateCommand(parseMigrateCommand(process.argv.slice(2), process.env), print);
    if (report?.failed) process.exitCode = 1;
  } catch (error) {
    console.error(`[migrate] ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
