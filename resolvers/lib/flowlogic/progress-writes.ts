/**
 * The progress rows a task completion writes, as TransactWriteItems entries, from the rows read for the days
 * D-1 .. D+2 (one consistent query) and the day's task counts (streak rules: ./streak.ts).
 *
 * Every row carries a `version` (gateway attribute, + 1 per write) and every entry is conditioned on the version that
 * was read (or on the row's absence), so two completions of the same day, or of neighbouring days, never both commit
 * on the same reading: the second is cancelled and answered `TransactionConflict` (retry), nothing lost.
 * - D: put with its counts, percentage, streak and points (other attributes, e.g. test_improvements, kept);
 * - D-1: a ConditionCheck, since D's carry was read from it;
 * - D+1, D+2: when D's new values change their carry (a completion on a day whose next day already has progress,
 *   which the local-date window allows only up to two days later), their streak and points, in order.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html (TransactWriteItems)
 */
import { util } from '@aws-appsync/utils';
import { addDays } from './local-date';
import { carryFrom, completionPercentage, rowCounts, streakOf, type DayCounts } from './streak';

type Rec = Record<string, unknown>;

export interface ProgressWrites {
  /** The transaction entries (empty when every row already holds these values). */
  items: Rec[];
  /** Day D's row after the write, as the API shows it. */
  progress: Rec;
}

function versionCondition(row: Rec | undefined): Rec {
  if (!row) return { expression: 'attribute_not_exists(#d)', expressionNames: { '#d': 'date' } };
  if (typeof row.version === 'number') {
    return { expression: '#v = :v', expressionNames: { '#v': 'version' }, expressionValues: util.dynamodb.toMapValues({ ':v': row.version }) };
  }
  return { expression: 'attribute_exists(#d) AND attribute_not_exists(#v)', expressionNames: { '#d': 'date', '#v': 'version' } };
}

function nextVersion(row: Rec | undefined): number {
  return row && typeof row.version === 'number' ? row.version + 1 : 1;
}

export function progressWrites(table: string, userId: string, date: string, rows: Rec[], counts: DayCounts, now: string): ProgressWrites {
  const byDate: Record<string, Rec> = {};
  rows.forEach((r) => {
    byDate[r.date as string] = r;
  });
  const previousDate = addDays(date, -1);
  const current = byDate[date];
  const state = streakOf(carryFrom(byDate[previousDate]), counts);
  const percentage = completionPercentage(counts);
  const unchanged =
    !!current &&
    current.tasks_completed === counts.completed &&
    current.tasks_total === counts.total &&
    current.completion_percentage === percentage &&
    current.streak === state.streak &&
    current.streak_points === state.points;
  const progress: Rec = {
    ...(current ?? {}),
    user_id: userId,
    date,
    completion_percentage: percentage,
    tasks_completed: counts.completed,
    tasks_total: counts.total,
    streak: state.streak,
    streak_points: state.points,
    created_at: current ? current.created_at : now,
    updated_at: unchanged ? current.updated_at : now,
    version: unchanged ? current.version : nextVersion(current),
  };
  if (unchanged) return { items: [], progress };

  const attributes: Rec = {};
  Object.keys(progress).forEach((k) => {
    if (k !== 'user_id' && k !== 'date') attributes[k] = progress[k];
  });
  const items: Rec[] = [
    {
      table,
      operation: 'PutItem',
      key: util.dynamodb.toMapValues({ user_id: userId, date }),
      attributeValues: util.dynamodb.toMapValues(attributes),
      condition: { ...versionCondition(current), returnValuesOnConditionCheckFailure: false },
    },
    {
      table,
      operation: 'ConditionCheck',
      key: util.dynamodb.toMapValues({ user_id: userId, date: previousDate }),
      condition: { ...versionCondition(byDate[previousDate]), returnValuesOnConditionCheckFailure: false },
    },
  ];
  // The carry moves forward day by day and stops at the first day without progress.
  let previous: Rec | null = progress;
  [1, 2].forEach((ahead) => {
    const laterDate = addDays(date, ahead);
    const later = byDate[laterDate];
    if (!previous || !later) {
      previous = null;
      return;
    }
    const next = streakOf(carryFrom(previous), rowCounts(later));
    if (later.streak === next.streak && later.streak_points === next.points) {
      previous = later;
      return;
    }
    const version = nextVersion(later);
    previous = { ...later, streak: next.streak, streak_points: next.points, updated_at: now, version };
    items.push({
      table,
      operation: 'UpdateItem',
      key: util.dynamodb.toMapValues({ user_id: userId, date: laterDate }),
      update: {
        expression: 'SET #s = :s, #sp = :sp, #u = :now, #v = :nv',
        expressionNames: { '#s': 'streak', '#sp': 'streak_points', '#u': 'updated_at', '#v': 'version' },
        expressionValues: util.dynamodb.toMapValues({ ':s': next.streak, ':sp': next.points, ':now': now, ':nv': version }),
      },
      condition: { ...versionCondition(later), returnValuesOnConditionCheckFailure: false },
    });
  });
  return { items, progress };
}
