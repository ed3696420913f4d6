/**
 * A DynamoDB data migration: one TypeScript module per version in a folder (`NNN-what-it-does.ts`, e.g.
 * `infra/migrations/flowlogic/004-reserve-user-emails.ts`) exporting `version`, `description`, `author` and `up(ctx)`.
 *
 * `up` must be idempotent in itself: the runner applies a version at most once per successful run and records it
 * only after `up` resolves, but a run that crashes (or loses its lock) half-way leaves the version unrecorded, and the
 * next run starts that `up` again from the beginning over data it has partly changed.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Three digits, as the seed's examples of the migrations table's key ("001", "002"). */
export const VERSION_PATTERN = /^\d{3}$/;

export interface MigrationContext {
  doc: DynamoDBDocumentClient;
  stage: string;
  /** The physical name of a model table on this stage (`tableName('flowAssessments')`). */
  tableName(id: string): string;
  /** A progress line, printed under the migration's own. */
  log(line: string): void;
  /** Aborted when the run lost its lock (another runner took it over): stop early, nothing will be recorded. */
  signal: AbortSignal;
}

/** What `up` may report (counts, say); printed with the migration's "done" line. */
export type MigrationOutcome = Record<string, number | string>;

export interface DataMigration {
  version: string;
  description: string;
  author: string;
  up(ctx: MigrationContext): Promise<MigrationOutcome | void>;
}

/** Why `value` is not a DataMigration (named `where` in the message), or null when it is one. */
export function migrationProblem(value: unknown, where: string): string | null {
  const m = value as Partial<DataMigration> | null;
  if (!m || typeof m !== 'object') return `${where}: not a module object`;
  if (typeof m.version !== 'string' || !VERSION_PATTERN.test(m.version)) return `${where}: \`version\` must be three digits ("004"), got ${JSON.stringify(m.version)}`;
  if (typeof m.description !== 'string' || m.description.trim() === '') return `${where}: \`description\` must be a non-empty string`;
  if (typeof m.author !== 'string' || m.author.trim() === '') return `${where}: \`author\` must be a non-empty string`;
  if (typeof m.up !== 'function') return `${where}: \`up(ctx)\` must be a function`;
  return null;
}

/** The migrations in version order; throws on an invalid one or on two with the same version. */
export function orderedMigrations(migrations: readonly DataMigration[]): DataMigration[] {
  const seen = new Set<string>();
  for (const [i, m] of migrations.entries()) {
    const problem = migrationProblem(m, `migration #${i + 1}`);
    if (problem) throw new Error(problem);
    if (seen.has(m.version)) throw new Error(`two migrations have version ${m.version}`);
    seen.add(m.version);
  }
  return [...migrations].sort((a, b) => a.version.localeCompare(b.version));
}
