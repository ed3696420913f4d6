// Every access pattern of seed 004 through the local endpoint over real HTTP (users by id and e-mail, the active
// subscription and a Stripe customer's, assessments by user, test and month, the active plan, calendar tasks of a day
// and of a range, progress of a day, top streaks), who may use which, and the tier gate of Basic+ features.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOW_MIGRATIONS } from '../../../infra/local/demo-data/flowlogic';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { adminToken, call, iam, put, Q, registerUser, userToken, type Json } from './flow-api';

let gw: RepoGateway;
let admin: string;
let basic: string;
let free: string;

const task = (user_id: string, task_date: string, task_id: string, extra: Record<string, unknown> = {}) => ({
  user_id, task_key: `${task_date}#${task_id}`, task_date, task_id, exercise_id: 'ex_dead_bug', priority: 'must', completed: false, created_at: `${task_date}T05:00:00.000Z`, ...extra,
});
const progress = (user_id: string, date: string, streak: number, pct: number) => ({
  user_id, date, completion_percentage: pct, tasks_completed: pct === 100 ? 4 : 3, tasks_total: 4, streak, streak_points: pct === 100 ? 2 : pct >= 70 ? 1 : 0,
  created_at: `${date}T23:59:00.000Z`, updated_at: `${date}T23:59:00.000Z`,
});

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['flowlogic'] });
  admin = await adminToken(gw);
  basic = await registerUser(gw, 'ap-basic', 'basic', 'Basic.User@Flow.Test');
  free = await registerUser(gw, 'ap-free', 'free');
  for (const t of [
    task('ap-basic', '2026-03-01', 'a'), task('ap-basic', '2026-03-01', 'b', { completed: true, completed_at: '2026-03-01T08:00:00.000Z', priority: 'should' }),
    task('ap-basic', '2026-03-02', 'c'), task('ap-basic', '2026-03-04', 'd'), task('ap-basic', '2026-03-10', 'e'), task('ap-other', '2026-03-01', 'x'),
  ]) await put(gw, 'flowCalendarTasks', t);
  for (const p of [progress('ap-basic', '2026-03-01', 1, 75), progress('ap-basic', '2026-03-02', 2, 100), progress('ap-basic', '2026-03-03', 0, 50), progress('ap-other', '2026-03-02', 9, 100), progress('ap-third', '2026-03-02', 4, 80)]) {
    await put(gw, 'flowProgress', p);
  }
  for (const m of FLOW_MIGRATIONS) await put(gw, 'flowMigrations', m);
  const sub = (user_id: string, subscription_id: string, status: string, end: string, customer = `cus_${user_id}`) => ({
    user_id, subscription_id, stripe_customer_id: customer, tier: 'basic', status, current_period_start: '2026-01-01T00:00:00.000Z', current_period_end: end,
    cancel_at_period_end: false, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
  });
  await put(gw, 'flowSubscriptions', sub('ap-basic', 'sub_old', 'canceled', '2026-02-01T00:00:00.000Z'));
  await put(gw, 'flowSubscriptions', { ...sub('ap-basic', 'sub_new', 'active', '2099-02-01T00:00:00.000Z'), canceled_at: null });
}, 60_000);
afterAll(async () => gw?.close());

describe('users', () => {
  it('reads the caller by id, and lets admins and the backend read users by id and by e-mail', async () => {
    const me = await call(gw, basic, Q.me);
    expect(me.data.myFlowUser).toMatchObject({ user_id: 'ap-basic', email: 'basic.user@flow.test', tier: 'basic', wellness_disclaimer_accepted: true, name: 'User ap-basic' });
    expect(me.data.myFlowUser.wellness_disclaimer_accepted_at).toBeTruthy();
    expect((await call(gw, admin, Q.user, { u: 'ap-basic' })).data.flowUser).toMatchObject({ user_id: 'ap-basic' });
    expect((await iam(gw, Q.user, { u: 'ap-free' })).data.flowUser).toMatchObject({ user_id: 'ap-free', tier: 'free' });
    expect((await iam(gw, Q.userByEmail, { e: 'BASIC.user@flow.test' })).data.flowUserByEmail).toMatchObject({ user_id: 'ap-basic' });
    expect((await call(gw, admin, Q.userByEmail, { e: 'nobody@flow.test' })).data.flowUserByEmail).toBeNull();
    // The e-mail reservation is not a user.
    expect((await call(gw, admin, Q.user, { u: 'email#basic.user@flow.test' })).data.flowUser).toBeNull();
    expect((await call(gw, basic, Q.user, { u: 'ap-free' })).errorType).toBe('Unauthorized');
    expect((await call(gw, basic, Q.userByEmail, { e: 'ap-free@flow.test' })).errorType).toBe('Unauthorized');
  });

  it('refuses a second registration and an e-mail that is taken', async () => {
    expect((await call(gw, basic, Q.register, { i: { email: 'another@flow.test' } })).errorType).toBe('Conflict');
    const other = await userToken(gw, 'ap-dup');
    const taken = await call(gw, other, Q.register, { i: { email: 'basic.USER@flow.test' } });
    expect(taken).toMatchObject({ errorType: 'Conflict' });
    expect((await call(gw, other, Q.me)).data.myFlowUser).toBeNull();
    expect((await call(gw, other, Q.accept)).errorType).toBe('NotFound');
  });
});

describe('subscriptions', () => {
  it("reads the caller's active subscription and a Stripe customer's subscriptions", async () => {
    expect((await call(gw, basic, Q.activeSub)).data.myActiveSubscription).toMatchObject({ subscription_id: 'sub_new', status: 'active', cancel_at_period_end: false, canceled_at: null });
    expect((await call(gw, free, Q.activeSub)).data.myActiveSubscription).toBeNull();
    const byCustomer = await iam(gw, Q.subsByCustomer, { c: 'cus_ap-basic' });
    expect(byCustomer.data.flowSubscriptionsByStripeCustomer.map((s: Json) => s.subscription_id).sort()).toEqual(['sub_new', 'sub_old']);
    expect((await call(gw, basic, Q.subsByCustomer, { c: 'cus_ap-basic' })).errorType).toBe('Unauthorized');
  });
});

describe('assessments', () => {
  it("lists a user's assessments (by test and month too) and every user's by test and by month", async () => {
    const other = await registerUser(gw, 'ap-other-user', 'pro');
    const mine = [];
    for (const t of [2, 2, 9]) mine.push((await call(gw, basic, Q.start, { i: { test_id: t, video_url: 's3://v' } })).data.startAssessment);
    await call(gw, other, Q.start, { i: { test_id: 2, video_url: 's3://v' } });
    const all = await call(gw, basic, Q.myAssessments, {});
    expect(all.data.myAssessments.items).toHaveLength(3);
    expect(all.data.myAssessments.items.every((a: Json) => a.user_id === 'ap-basic')).toBe(true);
    const test2 = await call(gw, basic, Q.myAssessments, { t: 2 });
    expect(test2.data.myAssessments.items.map((a: Json) => a.attempt_number).sort()).toEqual([1, 2]);
    const month = mine[0].month_key;
    expect(month).toBe(mine[0].created_at.slice(0, 7));
    expect((await call(gw, basic, Q.myAssessments, { m: month })).data.myAssessments.items).toHaveLength(3);
    expect((await call(gw, basic, Q.myAssessments, { m: '2001-01' })).data.myAssessments.items).toHaveLength(0);
    expect((await call(gw, basic, Q.myAssessments, { m: '2001-13' })).errorType).toBe('ValidationError');
    // Paging.
    const page1 = await call(gw, basic, Q.myAssessments, { l: 2 });
    expect(page1.data.myAssessments.items).toHaveLength(2);
    const page2 = await call(gw, basic, Q.myAssessments, { l: 2, n: page1.data.myAssessments.nextToken });
    expect(page2.data.myAssessments.items).toHaveLength(1);

    const byTest = await call(gw, admin, Q.byTest, { t: 2 });
    expect(byTest.data.flowAssessmentsByTest.items).toHaveLength(3);
    const times = byTest.data.flowAssessmentsByTest.items.map((a: Json) => a.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await iam(gw, Q.byTest, { t: 2, f: '2001-01-01T00:00:00Z', to: '2001-12-31T00:00:00Z' })).data.flowAssessmentsByTest.items).toHaveLength(0);
    expect((await iam(gw, Q.byTest, { t: 2, f: times[times.length - 1] })).data.flowAssessmentsByTest.items).toHaveLength(3);
    const byMonth = await iam(gw, Q.byMonth, { m: month });
    expect(byMonth.data.flowAssessmentsByMonth.items).toHaveLength(4);
    expect((await call(gw, basic, Q.byMonth, { m: month })).errorType).toBe('Unauthorized');
  });
});

describe('plans, calendar and progress (Basic+)', () => {
  it('reads the active plan through the sparse active-index', async () => {
    expect((await call(gw, basic, Q.activePlan)).data.myActivePlan).toBeNull();
    await put(gw, 'flowPlans', {
      user_id: 'ap-basic', plan_id: 'old', tier: 'basic', is_active: false, based_on_tests: [1], problem_areas: { p1: ['hip'], p2: [] }, exercises: [], phases: [],
      created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', version: 1,
    });
    await put(gw, 'flowPlans', {
      user_id: 'ap-basic', plan_id: 'cur', tier: 'basic', is_active: true, active_user_id: 'ap-basic', based_on_tests: [1, 3],
      problem_areas: { p1: ['hip'], p2: ['knee'] }, exercises: [{ exercise_id: 'ex_glute_bridge', name: 'Glute bridge', description: 'd', priority: 'must', problem_area: 'hip' }],
      phases: [{ phase_id: 'phase_1', duration_weeks: 2, focus: 'mobility', exercises: ['ex_glute_bridge'] }],
      created_at: '2026-02-01T00:00:00.000Z', updated_at: '2026-02-01T00:00:00.000Z', version: 2,
    });
    const plan = await call(gw, basic, Q.activePlan);
    expect(plan.data.myActivePlan).toMatchObject({ plan_id: 'cur', version: 2, is_active: true, based_on_tests: [1, 3], problem_areas: { p1: ['hip'], p2: ['knee'] } });
  });

  it("reads the caller's tasks of a day (begins_with) and of a range (BETWEEN), and every user's tasks of a day", async () => {
    const day = await call(gw, basic, Q.tasks, { d: '2026-03-01' });
    expect(day.data.myCalendarTasks.items.map((t: Json) => t.task_id)).toEqual(['a', 'b']);
    expect(day.data.myCalendarTasks.items[1]).toMatchObject({ task_key: '2026-03-01#b', completed: true, priority: 'should', completed_at: '2026-03-01T08:00:00.000Z' });
    const range = await call(gw, basic, Q.tasksBetween, { f: '2026-03-01', t: '2026-03-04' });
    expect(range.data.myCalendarTasksBetween.items.map((t: Json) => t.task_id)).toEqual(['a', 'b', 'c', 'd']);
    expect((await call(gw, basic, Q.tasksBetween, { f: '2026-03-05', t: '2026-03-01' })).errorType).toBe('ValidationError');
    const onDate = await iam(gw, Q.tasksOnDate, { d: '2026-03-01' });
    expect(onDate.data.flowCalendarTasksOnDate.items.map((t: Json) => t.user_id).sort()).toEqual(['ap-basic', 'ap-basic', 'ap-other']);
    expect((await call(gw, basic, Q.tasksOnDate, { d: '2026-03-01' })).errorType).toBe('Unauthorized');
  });

  it("reads the caller's progress of a day, their top streaks and the day's top streaks across users", async () => {
    const day = await call(gw, basic, Q.progress, { d: '2026-03-02' });
    expect(day.data.myProgress).toMatchObject({ date: '2026-03-02', completion_percentage: 100, tasks_completed: 4, tasks_total: 4, streak: 2, streak_points: 2 });
    expect((await call(gw, basic, Q.progress, { d: '2026-04-02' })).data.myProgress).toBeNull();
    const mine = await call(gw, basic, Q.myTopStreaks, { l: 2 });
    expect(mine.data.myTopStreaks.map((p: Json) => [p.date, p.streak])).toEqual([['2026-03-02', 2], ['2026-03-01', 1]]);
    const top = await call(gw, admin, Q.topStreaks, { d: '2026-03-02' });
    expect(top.data.flowTopStreaks.map((p: Json) => [p.user_id, p.streak])).toEqual([['ap-other', 9], ['ap-third', 4], ['ap-basic', 2]]);
    expect((await call(gw, basic, Q.topStreaks, { d: '2026-03-02' })).errorType).toBe('Unauthorized');
  });

  it('refuses the free tier with TierRequired, and unregistered callers with NotFound', async () => {
    for (const [query, vars] of [[Q.activePlan, {}], [Q.tasks, { d: '2026-03-01' }], [Q.tasksBetween, { f: '2026-03-01', t: '2026-03-02' }], [Q.progress, { d: '2026-03-01' }], [Q.myTopStreaks, {}]] as const) {
      const out = await call(gw, free, query, vars);
      expect(out).toMatchObject({ errorType: 'TierRequired', errorInfo: { required: 'basic', tier: 'free' } });
    }
    expect((await call(gw, await userToken(gw, 'ghost'), Q.activePlan)).errorType).toBe('NotFound');
  });
});

describe('limits and migrations', () => {
  it('lets admins and the backend read a user\'s limits and the applied migrations', async () => {
    const limits = await iam(gw, Q.userLimits, { u: 'ap-basic' });
    expect(limits.data.flowUserLimits).toMatchObject({ user_id: 'ap-basic', plan: 'basic', video_quota_day: 9, video_quota_hour: 5, test_quota_month: 3, test_quota_used_monthly: 2 });
    expect((await call(gw, admin, Q.userLimits, { u: 'ghost' })).errorType).toBe('NotFound');
    expect((await call(gw, free, Q.userLimits, { u: 'ap-basic' })).errorType).toBe('Unauthorized');
    const migrations = await call(gw, admin, Q.migrations, {});
    expect(migrations.data.flowMigrations.items).toEqual(FLOW_MIGRATIONS);
    expect((await call(gw, free, Q.migrations, {})).errorType).toBe('Unauthorized');
  });
});
