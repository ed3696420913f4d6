/**
 * 002: every assessment gets `month_key` = the UTC `YYYY-MM` of its `created_at` (seed 004: "month_key: YYYY-MM for
 * the monthly cap", GSI month-index; FlowAssessment.month_key is non-null). Assessments written before the key existed
 * lack it, so month-index misses them and reads of them fail.
 *
 * Only a missing or malformed month_key is written; a well-formed one is left as it is. Each write is conditioned on
 * the values read, so a concurrent change wins and is counted as `changed`; a created_at that is not an ISO 8601
 * date-time with an offset (the only kind whose month is certain) is left alone and counted as `unparseable`.
 * Running it again writes nothing.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MigrationContext, MigrationOutcome } from '../data-migration';
import { scanItems } from '../scan-items';

export const version = '002';
export const description = 'Backfill month_key on assessments';
export const author = 'flowlogic-team';

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The UTC month of an ISO 8601 date-time with an offset, or null. */
export function monthKeyOf(createdAt: unknown): string | null {
  if (typeof createdAt !== 'string' || !ISO_DATE_TIME.test(createdAt)) return null;
  const ms = Date.parse(createdAt);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 7);
}

export async function up(ctx: MigrationContext): Promise<MigrationOutcome> {
  const table = ctx.tableName('flowAssessments');
  const counts = { scanned: 0, backfilled: 0, changed: 0, unparseable: 0 };
  const items = scanItems(ctx, {
    TableName: table,
    ProjectionExpression: 'user_id, assessment_id, created_at, month_key',
  });
  for await (const item of items) {
    counts.scanned += 1;
    const old = item.month_key;
    if (typeof old === 'string' && MONTH_KEY.test(old)) continue;
    const month = monthKeyOf(item.created_at);
    if (!month) {
      counts.unparseable += 1;
      ctx.log(`assessment ${String(item.user_id)}/${String(item.assessment_id)}: created_at ${JSON.stringify(item.created_at)} is not an ISO date-time, left without month_key`);
      continue;
    }
    try {
      await ctx.doc.send(new UpdateCommand({
        TableName: table,
        Key: { user_id: item.user_id, assessment_id: item.assessment_id },
        UpdateExpression: 'SET #m = :m',
        ConditionExpression: `#c = :c AND ${old === undefined ? 'attribute_not_exists(#m)' : '#m = :old'}`,
        ExpressionAttributeNames: { '#m': 'month_key', '#c': 'created_at' },
        ExpressionAttributeValues: { ':m': month, ':c': item.created_at, ...(old === undefined ? {} : { ':old': old }) },
      }));
      counts.backfilled += 1;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      counts.changed += 1;
    }
  }
  return counts;
}
