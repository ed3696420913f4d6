/**
 * `npm run migrate:f1 -- [--dry-run] [--stage S] [--checkpoint F] [--page-size N] [--max-pages N]` moves every
 * legacy f1-strategy-metadata record into the new F1 tables (infra/local/migrations/f1/migrate.ts) and prints a JSON
 * report. The endpoint is env DYNAMODB_ENDPOINT, else `dynamodbEndpoint` of `.gateway/local.json`; the stage is
 * --stage, else the one in `.gateway/local.json`, else `local`. Interrupted runs resume from the checkpoint. A complete
 * (not dry) run then retires the legacy table: it writes LEGACY_RETIRED_KEY, and the resolvers stop falling back to it.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { localDynamoClient } from '../infra/local/dynamodb/dynamodb-local';
import { resolveDynamoTarget } from '../infra/migrations/dynamodb-target';
import { migrateF1, type MigrateF1Options, type MigrationReport } from '../infra/local/migrations/f1/migrate';
import { LEGACY_RETIRED_KEY } from '../resolvers/lib/racesim/legacy';
import { physicalName, tableById } from '../infra/model';

const USAGE = 'usage: npm run migrate:f1 -- [--dry-run] [--stage S] [--checkpoint FILE] [--page-size N] [--max-pages N]';

export interface MigrateArgs {
  dryRun: boolean;
  stage: string;
  endpoint: string;
  checkpointPath: string;
  pageSize?: number;
  maxPages?: number;
}

function positive(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} wants a positive integer, got "${value}"\n${USAGE}`);
  return n;
}

/** Reads the command line and the environment; throws an Error with the usage on bad input. */
export function parseMigrateArgs(argv: string[], env: NodeJS.ProcessEnv, localJsonPath = '.gateway/local.json'): MigrateArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean' }, stage: { type: 'string' }, checkpoint: { type: 'string' },
      'page-size': { type: 'string' }, 'max-pages': { type: 'string' },
    },
    strict: true,
  });
  const { endpoint, stage } = resolveDynamoTarget({ stage: values.stage }, env, localJsonPath, USAGE);
  return {
    dryRun: values['dry-run'] ?? false,
    stage,
    endpoint: endpoint as string,
    checkpointPath: values.checkpoint ?? `.gateway/migrate-f1-${stage}.checkpoint.json`,
    pageSize: positive(values['page-size'], '--page-size'),
    maxPages: positive(values['max-pages'], '--max-pages'),
  };
}

export function migrateOptions(args: MigrateArgs, doc: DynamoDBDocumentClient): MigrateF1Options {
  const name = (id: string) => physicalName(tableById(id), args.stage);
  return {
    doc,
    tables: { legacy: name('f1StrategyMetadata'), simulations: name('f1SimulationResults'), subscriptions: name('f1Subscriptions') },
    checkpointPath: args.checkpointPath,
    dryRun: args.dryRun,
    pageSize: args.pageSize,
    maxPages: args.maxPages,
    log: (line) => console.error(line),
  };
}

/**
 * Writes the marker that retires the legacy table (resolvers/lib/racesim/legacy.ts) into the subscriptions table, with
 * when and what the completed run moved. Writing it again is harmless.
 */
export async function retireLegacyTable(doc: DynamoDBDocumentClient, subscriptionsTable: string, report: MigrationReport): Promise<void> {
  const { scanned, moved, present } = report;
  await doc.send(new PutCommand({
    TableName: subscriptionsTable,
    Item: { ...LEGACY_RETIRED_KEY, retired_at: new Date().toISOString(), scanned, moved, present, not_migrated: report.notMigrated.length },
  }));
}

/** The whole command: the migration, then (complete and not a dry run) the legacy table retired; `retired` says which. */
export async function runMigrateF1(args: MigrateArgs, doc: DynamoDBDocumentClient): Promise<MigrationReport & { retired: boolean }> {
  const options = migrateOptions(args, doc);
  const report = await migrateF1(options);
  const retired = report.complete && !args.dryRun;
  if (retired) await retireLegacyTable(doc, options.tables.subscriptions, report);
  return { ...report, retired };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const args = parseMigrateArgs(process.argv.slice(2), process.env);
    const client = localDynamoClient(args.endpoint);
    const report = await runMigrateF1(args, DynamoDBDocumentClient.from(client));
    console.log(JSON.stringify(report, null, 2));
    client.destroy();
    if (!report.complete) process.exitCode = 2;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
