/**
 * The UpdateItem that stores an organisation's new plan limits or credits with the effective limits recomputed
 * (plan + credits) and who changed them; conditioned on `updated_at` as read, so a concurrent change is not lost.
 */
import { util } from '@aws-appsync/utils';
import { update } from '@aws-appsync/utils/dynamodb';
import { orgLimits } from './limits';

export function orgLimitsUpdate(org: Record<string, unknown>, changes: Record<string, unknown>, who: string) {
  const next = { ...org, ...changes };
  const limits = orgLimits(next);
  const now = util.time.nowISO8601();
  const seen = org.updated_at as string | undefined;
  return update({
    key: { org_id: org.org_id as string },
    update: { ...changes, effective_daily_limit: limits.daily, effective_monthly_limit: limits.monthly, updated_at: now, updated_by: who },
    condition: seen ? { updated_at: { eq: seen } } : { updated_at: { attributeExists: false } },
  });
}

type DataSourceError = { message: string; type: string } | undefined | null;

/** Raises a lost race on `what` as `TransactionConflict` (retry), any other data source error as it is. */
export function conflictResponse(error: DataSourceError, result: unknown, what: string) {
  if (error && error.type === 'DynamoDB:ConditionalCheckFailedException') util.error(`${what} changed concurrently; retry`, 'TransactionConflict');
  if (error) util.error(error.message, error.type);
  return result;
}

export function orgUpdateResponse(error: DataSourceError, result: unknown) {
  return conflictResponse(error, result, 'the organisation');
}
