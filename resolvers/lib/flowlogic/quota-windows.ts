/**
 * The UTC windows of the abuse limits: the hour (`YYYY-MM-DDTHH`), the day (`YYYY-MM-DD`, also the window of the
 * attempts per test) and the month (`YYYY-MM`, the assessments' month_key). Day and month come from the reporting
 * app's windows with the cycle anchored on the 1st.
 */
import { util } from '@aws-appsync/utils';
import { quotaWindows } from '../reporting/quota-window';

const HOUR_MS = 3600000;

export interface FlowWindows {
  hour: string;
  day: string;
  month: string;
  hourResetsAt: string;
  dayResetsAt: string;
  monthResetsAt: string;
}

export function flowWindows(): FlowWindows {
  const w = quotaWindows(undefined);
  const now = util.time.nowEpochMilliSeconds();
  const hourStart = now - (now % HOUR_MS);
  const next = hourStart + HOUR_MS;
  return {
    hour: `${util.time.epochMilliSecondsToFormatted(hourStart, 'yyyy-MM-dd', 'UTC')}T${util.time.epochMilliSecondsToFormatted(hourStart, 'HH', 'UTC')}`,
    day: w.day,
    month: w.cycle.slice(0, 7),
    hourResetsAt: `${util.time.epochMilliSecondsToFormatted(next, 'yyyy-MM-dd', 'UTC')}T${util.time.epochMilliSecondsToFormatted(next, 'HH', 'UTC')}:00:00Z`,
    dayResetsAt: w.dayResetsAt,
    monthResetsAt: w.cycleResetsAt,
  };
}
