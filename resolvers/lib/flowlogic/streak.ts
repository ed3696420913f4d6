/**
 * Daily progress and streaks (seed 004, progress: "streak_points: +2 (100%), +1 (70-99%), +0 (<70%)").
 *
 * - A day's completion is its completed tasks over its tasks (completion_percentage rounded to 2 decimals; the rules
 *   compare the counts exactly, so 7 of 10 is 70 % and 2 of 3 is below).
 * - A day *reaches* the streak at 70 % or more.
 * - The carry of a day is the previous calendar day's (streak, streak_points) when that day has progress that
 *   reached 70 %, else (0, 0): a day below 70 % or without progress (nothing completed, no tasks) breaks the streak.
 * - A day that reaches 70 %: streak = carry.streak + 1, streak_points = carry.streak_points + 2 at 100 % or + 1 at
 *   70-99 %. A day below 70 %: streak 0 and streak_points 0 (it adds +0 and the streak ends with it).
 * Only dates in the data matter, never the clock: a day's values follow from its own tasks and the previous day's row.
 */
type Rec = Record<string, unknown>;

export interface DayCounts {
  completed: number;
  total: number;
}

export interface StreakState {
  streak: number;
  points: number;
}

export function completionPercentage(c: DayCounts): number {
  if (c.total <= 0) return 0;
  return Math.round((c.completed * 10000) / c.total) / 100;
}

export function reachesStreak(c: DayCounts): boolean {
  return c.total > 0 && c.completed * 10 >= c.total * 7;
}

/** +2 at 100 %, +1 at 70-99 %, +0 below 70 %. */
export function dayPoints(c: DayCounts): number {
  if (c.total > 0 && c.completed >= c.total) return 2;
  return reachesStreak(c) ? 1 : 0;
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/** The counts of a stored progress row (rows without counts fall back to their percentage). */
export function rowCounts(row: Rec): DayCounts {
  const total = num(row.tasks_total);
  if (total > 0) return { completed: num(row.tasks_completed), total };
  return { completed: num(row.completion_percentage), total: 100 };
}

/** The carry into the day after `previous` (the previous calendar day's row, or null). */
export function carryFrom(previous: Rec | null | undefined): StreakState {
  if (!previous || !reachesStreak(rowCounts(previous))) return { streak: 0, points: 0 };
  return { streak: num(previous.streak), points: num(previous.streak_points) };
}

export function streakOf(carry: StreakState, c: DayCounts): StreakState {
  if (!reachesStreak(c)) return { streak: 0, points: 0 };
  return { streak: carry.streak + 1, points: carry.points + dayPoints(c) };
}
