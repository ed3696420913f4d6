/** `YYYY-MM` month keys (the assessments' month_key). */
import { util } from '@aws-appsync/utils';

export function requireMonthKey(value: string): string {
  if (!util.matches('^\\d{4}-(0[1-9]|1[0-2])$', value)) util.error('month_key must be YYYY-MM', 'ValidationError');
  return value;
}
