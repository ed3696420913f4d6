/**
 * The F1 data migration (seed 003, phase 6): scans the legacy table page by page and puts every mappable record
 * into its new table with `attribute_not_exists`, so a record already there (copied by a read's fallback or by an
 * earlier run) is counted as `present` and never written twice. After each page the scan position and the counts go
 * to a checkpoint file; a run that finds one resumes there, and a completed run removes it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapLegacy, type LegacyTarget } from './map-legacy';

export interface MigrateF1Options {
  doc: DynamoDBDocumentClient;
  tables: { legacy: string; simulations: string; subscriptions: string };
  checkpointPath: string;
  dryRun?: boolean;
  pageSize?: number;
  /** Stop after this many pages, leaving the checkpoint (an interruption, for tests and batches). */
  maxPages?: number;
  log?: (line: string) => void;
}

export interface MigrationReport {
  scanned: number;
  moved: number;
  /** Already in the new table. */
  present: number;
  /** Would move (dry run). */
  wouldMove: number;
  notMigrated: { strategy_id: unknown; reason: string }[];
  complete: boolean;
  resumed: boolean;
}

interface Checkpoint { startKey?: Record<string, unknown>; report: MigrationReport }

function emptyReport(): MigrationReport {
  return { scanned: 0, moved: 0, present: 0, wouldMove: 0, notMigrated: [], complete: false, resumed: false };
}

async function putOnce(doc: DynamoDBDocumentClient, table: string, item: Record<string, unknown>, keyAttribute: string): Promise<boolean> {
  try {
    await doc.send(new PutCommand({ TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(#k)', ExpressionAttributeNames: { '#k': keyAttribute } }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function migrateF1(options: MigrateF1Options): Promise<MigrationReport> {
  const log = options.log ?? (() => undefined);
  const saved = !options.dryRun && existsSync(options.checkpointPath)
    ? (JSON.parse(readFileSync(options.checkpointPath, 'utf8')) as Checkpoint)
    : null;
  const report = saved ? { ...saved.report, resumed: true } : emptyReport();
  let startKey = saved?.startKey;
  if (saved) log(`resuming after ${report.scanned} scanned records`);
  const targets: Record<LegacyTarget, string> = { simulations: options.tables.simulations, subscriptions: options.tables.subscriptions };
  for (let page = 0; options.maxPages === undefined || page < options.maxPages; page += 1) {
    const out = await options.doc.send(new ScanCommand({ TableName: options.tables.legacy, ExclusiveStartKey: startKey, Limit: options.pageSize ?? 100, ConsistentRead: true }));
    for (const record of out.Items ?? []) {
      report.scanned += 1;
      const mapped = mapLegacy(record);
      if (mapped.target === null) report.notMigrated.push({ strategy_id: record.strategy_id, reason: mapped.reason });
      else if (options.dryRun) report.wouldMove += 1;
      else if (await putOnce(options.doc, targets[mapped.target], mapped.item, mapped.keyAttribute)) report.moved += 1;
      else report.present += 1;
    }
    startKey = out.LastEvaluatedKey;
    if (!startKey) {
      report.complete = true;
      if (!options.dryRun) rmSync(options.checkpointPath, { force: true });
      return report;
    }
    if (!options.dryRun) writeFileSync(options.checkpointPath, JSON.stringify({ startKey, report } satisfies Checkpoint));
  }
  log(`stopped after ${options.maxPages} pages; run again to resume`);
  return report;
}
