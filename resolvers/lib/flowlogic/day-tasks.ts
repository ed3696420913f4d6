/**
 * A day's calendar tasks from the active correction plan (seed: plans "generate" calendar tasks): one task per
 * exercise of the phase in force that day, the phases following each other from the plan's creation date for their
 * duration_weeks, the last one continuing after its end (days before the creation date, possible for a user west of
 * UTC, take the first phase). Musts come first; at most MAX_TASKS_PER_DAY. task_id is the exercise id, so a day has one
 * task per exercise and racing creations of the same day write the same keys (attribute_not_exists refuses the second).
 */
import { daysBetween } from './local-date';

type Rec = Record<string, unknown>;

export const MAX_TASKS_PER_DAY = 25;
/** A day may be scheduled from the caller's today up to this many days ahead. */
export const SCHEDULE_AHEAD_DAYS = 6;

/** A task's attributes besides its key (user_id, task_key). */
export function taskAttributes(task: Rec): Rec {
  const out: Rec = {};
  Object.keys(task).forEach((k) => {
    if (k !== 'user_id' && k !== 'task_key') out[k] = task[k];
  });
  return out;
}

/** The phase of `plan` in force on `date`, or null for a plan without phases. */
export function phaseOn(plan: Rec, date: string): Rec | null {
  const phases = (plan.phases as Rec[] | undefined) ?? [];
  if (phases.length === 0) return null;
  const day = Math.max(0, daysBetween((plan.created_at as string).slice(0, 10), date));
  let end = 0;
  const found = phases.find((p) => {
    end += (typeof p.duration_weeks === 'number' ? p.duration_weeks : 0) * 7;
    return day < end;
  });
  return found ?? phases[phases.length - 1];
}

export function dayTasks(userId: string, plan: Rec, date: string, now: string): Rec[] {
  const exercises = (plan.exercises as Rec[] | undefined) ?? [];
  const phase = phaseOn(plan, date);
  const phaseIds = phase ? ((phase.exercises as string[] | undefined) ?? []) : [];
  const ids = phaseIds.length > 0 ? phaseIds : exercises.map((e) => e.exercise_id as string);
  const unique = ids.filter((id, i) => ids.indexOf(id) === i);
  const priorityOf = (id: string) => {
    const exercise = exercises.find((e) => e.exercise_id === id);
    return exercise && exercise.priority === 'must' ? 'must' : 'should';
  };
  const ordered = unique.filter((id) => priorityOf(id) === 'must').concat(unique.filter((id) => priorityOf(id) !== 'must'));
  return ordered.slice(0, MAX_TASKS_PER_DAY).map((id) => ({
    user_id: userId,
    task_key: `${date}#${id}`,
    task_date: date,
    task_id: id,
    exercise_id: id,
    priority: priorityOf(id),
    completed: false,
    created_at: now,
    plan_id: plan.plan_id,
  }));
}
