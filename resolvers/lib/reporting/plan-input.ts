/**
 * Checks of usage plan input: ids of letters, digits, `_` and `-`; limits and price not negative; a daily limit not
 * above the monthly one; status `active` or `inactive`. A refusal is `ValidationError` naming the field.
 */
import { util } from '@aws-appsync/utils';

export const PLAN_STATUSES = ['active', 'inactive'];

function refuse(field: string, message: string): void {
  util.error(`${field} ${message}`, 'ValidationError', null, { field });
}

export function checkPlanId(planId: string): void {
  if (!util.matches('[A-Za-z0-9_-]{1,64}', planId)) refuse('plan_id', 'must be 1 to 64 letters, digits, _ or -');
}

/** Checks the fields present in `plan` (a whole plan, or the merged result of an update). */
export function checkPlanFields(plan: Record<string, unknown>): void {
  if (typeof plan.plan_name === 'string' && plan.plan_name.trim() === '') refuse('plan_name', 'must not be empty');
  ['monthly_report_limit', 'daily_report_limit', 'price'].forEach((f) => {
    const v = plan[f];
    if (typeof v === 'number' && v < 0) refuse(f, 'must not be negative');
  });
  if ((plan.daily_report_limit as number) > (plan.monthly_report_limit as number)) refuse('daily_report_limit', 'must not exceed monthly_report_limit');
  if (plan.status !== undefined && plan.status !== null && !PLAN_STATUSES.includes(plan.status as string)) refuse('status', 'must be active or inactive');
}
