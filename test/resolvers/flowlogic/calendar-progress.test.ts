// Calendar tasks and daily progress through the local endpoint: a day's tasks created from the active plan,
// completing a task updates the day's progress in the same transaction (counts, percentage, streak, streak points:
// +2 at 100 %, +1 at 70-99 %, +0 below 70 %), a month of days against a model of the rule written here, idempotent
// re-completion, concurrent completions (same day, same task, neighbouring days), the tier gate, a missing task, and
// the top streaks. "Today" is the resolvers' injected clock (gw.clock), moved day by day.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { adminToken, CAL, call, callRetrying, givePlan, Q, registerUser, setClock, setTier, type Json } from './flow-api';

const DAY_MS = 86400000;
/** Ten problem areas: the plan's phases hold ten must exercises, so every day has ten tasks (7 of 10 is exactly 70 %). */
const TEN_AREAS = ['ankle', 'knee', 'hip', 'core', 'thoracic_spine', 'shoulder', 'neck', 'wrist', 'elbow', 'foot'];
// Day 0 is two days after the real today, so every clock the suite sets stays within the tokens' 45 days.
const BASE = Math.floor(Date.now() / DAY_MS) * DAY_MS + 2 * DAY_MS;
const day = (n: number) => new Date(BASE + n * DAY_MS).toISOString().slice(0, 10);
const at = (n: number, hour = 12) => new Date(BASE + n * DAY_MS + hour * 3600000).toISOString();

let gw: RepoGateway;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['flowlogic'] });
}, 60_000);
afterAll(async () => gw?.close());

/** A user of `tier` with an active ten-exercise plan, created at the real time (before day 0; SigV4 checks the clock). */
async function userWithPlan(sub: string, tier = 'basic'): Promise<string> {
  gw.clock.offsetMs = 0;
  const token = await registerUser(gw, sub, tier);
  await givePlan(gw, token, TEN_AREAS);
  return token;
}

async function schedule(token: string, n: number): Promise<Json[]> {
  const out = await callRetrying(gw, token, CAL.schedule, { d: day(n) });
  expect(out.errors).toBeUndefined();
  return out.data.scheduleFlowCalendarDay;
}

async function complete(token: string, n: number, taskId: string): Promise<Json> {
  const out = await callRetrying(gw, token, CAL.complete, { d: day(n), t: taskId });
  expect(out.errors).toBeUndefined();
  return out.data.completeFlowCalendarTask;
}

/** On day n (clock at noon): creates the day's tasks and completes the first `count`; the last answer, if any. */
async function playDay(token: string, n: number, count: number): Promise<Json | null> {
  setClock(gw, at(n));
  const tasks = await schedule(token, n);
  expect(tasks).toHaveLength(10);
  let last: Json | null = null;
  for (const t of tasks.slice(0, count)) last = await complete(token, n, t.task_id);
  return last;
}

async function storedTasks(userId: string, n: number): Promise<Json[]> {
  const out = await gw.doc.send(new QueryCommand({
    TableName: gw.env.TABLE_flowCalendarTasks,
    KeyConditionExpression: 'user_id = :u AND begins_with(task_key, :d)',
    ExpressionAttributeValues: { ':u': userId, ':d': `${day(n)}#` },
    ConsistentRead: true,
  }));
  return out.Items ?? [];
}

const progressOf = async (token: string, n: number) => (await call(gw, token, Q.progress, { d: day(n) })).data.myProgress;

/**
 * The rule, written independently of the resolvers as a running total over the days in order: `done[i]` tasks of
 * ten completed on day i (null or 0: no progress that day). A day at 70 % or more extends the streak by one and adds
 * 2 points at 100 %, 1 below; a day below 70 % or without progress ends it (0 and 0).
 */
function expectedMonth(done: (number | null)[], total = 10): (Json | null)[] {
  let streak = 0;
  let points = 0;
  return done.map((c) => {
    if (!c) {
      streak = 0;
      points = 0;
      return null;
    }
    const pct = (c * 100) / total;
    if (pct >= 70) {
      streak += 1;
      points += pct === 100 ? 2 : 1;
    } else {
      streak = 0;
      points = 0;
    }
    return { tasks_completed: c, tasks_total: total, completion_percentage: Math.round(pct * 100) / 100, streak, streak_points: points };
  });
}

describe('scheduling a day from the active plan', () => {
  it('creates one task per exercise of the phase in force, once, even when asked concurrently', async () => {
    const token = await userWithPlan('cal-sched');
    setClock(gw, at(0));
    const answers = await Promise.all(Array.from({ length: 5 }, () => callRetrying(gw, token, CAL.schedule, { d: day(0) })));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const ids = answers.map((a) => a.data.scheduleFlowCalendarDay.map((t: Json) => t.task_id).sort());
    for (const list of ids) expect(list).toEqual(ids[0]);
    const stored = await storedTasks('cal-sched', 0);
    expect(stored).toHaveLength(10);
    expect(stored.every((t) => t.completed === false && t.priority === 'must' && t.task_key === `${day(0)}#${t.task_id}`)).toBe(true);
    expect(new Set(stored.map((t) => t.exercise_id)).size).toBe(10);
    // The day can be planned up to 6 days ahead, not further, nor in the past.
    expect((await call(gw, token, CAL.schedule, { d: day(6) })).errors).toBeUndefined();
    expect(await call(gw, token, CAL.schedule, { d: day(8) })).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'date', earliest: day(0), latest: day(7) } });
    expect((await call(gw, token, CAL.schedule, { d: day(-1) })).errorType).toBe('ValidationError');
    const range = await call(gw, token, Q.tasksBetween, { f: day(0), t: day(6), l: 100 });
    expect(range.data.myCalendarTasksBetween.items).toHaveLength(20);
  });

  it('refuses a Basic+ user without an active plan and a free user', async () => {
    setClock(gw, at(0));
    const planless = await registerUser(gw, 'cal-noplan', 'pro');
    expect((await call(gw, planless, CAL.schedule, { d: day(0) })).errorType).toBe('NotFound');
    const free = await registerUser(gw, 'cal-free', 'free');
    expect(await call(gw, free, CAL.schedule, { d: day(0) })).toMatchObject({ errorType: 'TierRequired', errorInfo: { required: 'basic', tier: 'free' } });
  });
});

describe('completing a task', () => {
  it('updates the day: percentage, counts and points at <70 %, 70-99 % and 100 %', async () => {
    const token = await userWithPlan('cal-pct');
    setClock(gw, at(0));
    const tasks = await schedule(token, 0);
    const seen: Json[] = [];
    for (const t of tasks) seen.push(await complete(token, 0, t.task_id));
    expect(seen[0]).toMatchObject({ newly_completed: true, task: { task_id: tasks[0].task_id, completed: true }, progress: { tasks_completed: 1, tasks_total: 10, completion_percentage: 10 } });
    expect(seen[0].task.completed_at).toBe(seen[0].progress.updated_at);
    const view = (p: Json) => [p.tasks_completed, p.completion_percentage, p.streak, p.streak_points];
    expect(seen.map((s) => view(s.progress))).toEqual([
      [1, 10, 0, 0], [2, 20, 0, 0], [3, 30, 0, 0], [4, 40, 0, 0], [5, 50, 0, 0], [6, 60, 0, 0],
      [7, 70, 1, 1], [8, 80, 1, 1], [9, 90, 1, 1], [10, 100, 1, 2],
    ]);
    expect(await progressOf(token, 0)).toMatchObject({ date: day(0), tasks_completed: 10, tasks_total: 10, completion_percentage: 100, streak: 1, streak_points: 2 });
    // The next days carry the streak on: 100 % (+2), 70 % (+1), then 60 % ends it.
    expect((await playDay(token, 1, 10)).progress).toMatchObject({ streak: 2, streak_points: 4 });
    expect((await playDay(token, 2, 7)).progress).toMatchObject({ streak: 3, streak_points: 5, completion_percentage: 70 });
    expect((await playDay(token, 3, 6)).progress).toMatchObject({ streak: 0, streak_points: 0, completion_percentage: 60 });
    expect((await playDay(token, 4, 9)).progress).toMatchObject({ streak: 1, streak_points: 1, completion_percentage: 90 });
  });

  it('follows the streak rule across a month with gaps and partial days', async () => {
    const token = await userWithPlan('cal-month');
    // Tasks done per day (of 10); null: no tasks that day; 0: tasks, none done.
    const done = [10, 10, 9, 7, 6, 10, 10, 10, null, 10, 8, 7, 7, 0, 9, 10, 10, 10, 10, 5, null, null, 7, 10, 10, 9, 10, 3, 10, 10];
    const expected = expectedMonth(done);
    for (let n = 0; n < done.length; n += 1) {
      const c = done[n];
      if (c === null) continue;
      const last = await playDay(token, n, c);
      if (c > 0) expect(last.progress, `day ${n}`).toMatchObject(expected[n]);
    }
    for (let n = 0; n < done.length; n += 1) {
      const stored = await progressOf(token, n);
      if (expected[n] === null) expect(stored, `day ${n}`).toBeNull();
      else expect(stored, `day ${n}`).toMatchObject({ date: day(n), ...expected[n] });
    }
    // The model's longest streaks, as myTopStreaks ranks them (streak-index read backwards).
    const top = await call(gw, token, Q.myTopStreaks, { l: 4 });
    expect(top.errors).toBeUndefined();
    const want = expected.map((e, n) => ({ n, streak: e?.streak ?? -1 })).filter((e) => e.streak >= 0).sort((a, b) => b.streak - a.streak);
    expect(top.data.myTopStreaks.map((p: Json) => p.streak)).toEqual(want.slice(0, 4).map((w) => w.streak));
    for (const p of top.data.myTopStreaks) expect(p).toMatchObject(expected[want.find((w) => day(w.n) === p.date)!.n]);
  }, 120_000);

  it('counts a task once however often it is completed, also concurrently', async () => {
    const token = await userWithPlan('cal-idem');
    setClock(gw, at(0));
    const tasks = await schedule(token, 0);
    const first = await complete(token, 0, tasks[0].task_id);
    const again = await complete(token, 0, tasks[0].task_id);
    expect(again).toMatchObject({ newly_completed: false, task: { completed: true, completed_at: first.task.completed_at } });
    expect(again.progress).toEqual(first.progress);
    const racing = await Promise.all(Array.from({ length: 8 }, () => complete(token, 0, tasks[1].task_id)));
    expect(racing.filter((r) => r.newly_completed)).toHaveLength(1);
    expect(await progressOf(token, 0)).toMatchObject({ tasks_completed: 2, tasks_total: 10, completion_percentage: 20 });
    expect((await storedTasks('cal-idem', 0)).filter((t) => t.completed)).toHaveLength(2);
  });

  it('ends at exactly N completed when the N tasks of a day are completed concurrently', async () => {
    const token = await userWithPlan('cal-race');
    setClock(gw, at(0));
    const tasks = await schedule(token, 0);
    const answers = await Promise.all(tasks.map((t) => complete(token, 0, t.task_id)));
    expect(answers.every((a) => a.newly_completed)).toBe(true);
    // Each commit saw the one before it: the counts the answers carry are 1..10.
    expect(answers.map((a) => a.progress.tasks_completed).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await progressOf(token, 0)).toMatchObject({ tasks_completed: 10, tasks_total: 10, completion_percentage: 100, streak: 1, streak_points: 2 });
    expect((await storedTasks('cal-race', 0)).filter((t) => t.completed)).toHaveLength(10);
  });

  it('keeps neighbouring days consistent: a late completion of yesterday re-counts today, also concurrently', async () => {
    const token = await userWithPlan('cal-late');
    await playDay(token, 5, 10);
    await playDay(token, 6, 6);
    expect((await playDay(token, 7, 10)).progress).toMatchObject({ streak: 1, streak_points: 2 });
    // 05:00 UTC on day 7 is still day 6 west of UTC-5: day 6 reaches 70 %, and day 7 carries its streak on.
    setClock(gw, at(7, 5));
    const day6 = (await storedTasks('cal-late', 6)).find((t) => !t.completed);
    expect((await complete(token, 6, day6.task_id)).progress).toMatchObject({ completion_percentage: 70, streak: 2, streak_points: 3 });
    expect(await progressOf(token, 7)).toMatchObject({ completion_percentage: 100, streak: 3, streak_points: 5 });
    // Day 5 is not today anywhere any more.
    expect(await call(gw, token, CAL.complete, { d: day(5), t: day6.task_id })).toMatchObject({ errorType: 'ValidationError', errorInfo: { earliest: day(6), latest: day(7) } });

    const other = await userWithPlan('cal-pair');
    setClock(gw, at(10));
    const first = await schedule(other, 10);
    setClock(gw, at(11, 5));
    const second = await schedule(other, 11);
    await Promise.all([...first.map((t) => complete(other, 10, t.task_id)), ...second.map((t) => complete(other, 11, t.task_id))]);
    expect(await progressOf(other, 10)).toMatchObject({ tasks_completed: 10, streak: 1, streak_points: 2 });
    expect(await progressOf(other, 11)).toMatchObject({ tasks_completed: 10, streak: 2, streak_points: 4 });
  }, 60_000);

  it('refuses a missing task, a day outside today and a free user, writing nothing', async () => {
    const token = await userWithPlan('cal-refuse');
    setClock(gw, at(0));
    const tasks = await schedule(token, 0);
    expect(await call(gw, token, CAL.complete, { d: day(0), t: 'no-such-task' })).toMatchObject({ errorType: 'NotFound', errorInfo: { date: day(0), task_id: 'no-such-task' } });
    // A real task id of another day is not a task of this one.
    expect((await call(gw, token, CAL.complete, { d: day(1), t: tasks[0].task_id })).errorType).toBe('NotFound');
    expect((await call(gw, token, CAL.complete, { d: day(2), t: tasks[0].task_id })).errorType).toBe('ValidationError');
    expect(await progressOf(token, 0)).toBeNull();
    expect(await progressOf(token, 1)).toBeNull();
    expect((await storedTasks('cal-refuse', 0)).filter((t) => t.completed)).toHaveLength(0);
    // A user who fell back to free keeps the tasks but may not complete them.
    await setTier(gw, 'cal-refuse', 'free');
    expect(await call(gw, token, CAL.complete, { d: day(0), t: tasks[0].task_id })).toMatchObject({ errorType: 'TierRequired', errorInfo: { required: 'basic', tier: 'free' } });
    expect((await storedTasks('cal-refuse', 0)).filter((t) => t.completed)).toHaveLength(0);
    expect(await storedTasks('cal-refuse', 0)).toHaveLength(10);
  });

  it('ranks the new streaks in flowTopStreaks and myTopStreaks, descending', async () => {
    const admin = await adminToken(gw);
    const a = await userWithPlan('cal-top-a');
    const b = await userWithPlan('cal-top-b', 'pro');
    const c = await userWithPlan('cal-top-c', 'proplus');
    for (const n of [35, 36, 37]) {
      await playDay(a, n, 10);
      await playDay(b, n, n === 35 ? 5 : 8);
      await playDay(c, n, n === 37 ? 7 : 3);
    }
    const top = await call(gw, admin, Q.topStreaks, { d: day(37), l: 10 });
    expect(top.data.flowTopStreaks.map((p: Json) => [p.user_id, p.streak, p.streak_points])).toEqual([
      ['cal-top-a', 3, 6],
      ['cal-top-b', 2, 2],
      ['cal-top-c', 1, 1],
    ]);
    const mine = await call(gw, a, Q.myTopStreaks, { l: 2 });
    expect(mine.data.myTopStreaks.map((p: Json) => [p.date, p.streak])).toEqual([[day(37), 3], [day(36), 2]]);
  }, 60_000);
});
