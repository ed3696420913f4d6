// The Flow Logic demo data (what `npm start` loads) read through the API as the demo users (sub = user_id), their
// admin and the backend: the resolvers' shapes match the generated records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '../../../infra/model';
import { demoDataSet } from '../../../infra/local/demo-data/demo-set';
import { FLOW_MIGRATIONS, FLOW_QUOTAS } from '../../../infra/local/demo-data/flowlogic';
import { batchPut } from '../../../infra/local/dynamodb/batch-write';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { adminToken, call, iam, Q, userToken, type Json } from './flow-api';

let gw: RepoGateway;
let data: Record<string, Json[]>;
let admin: string;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['flowlogic'] });
  data = demoDataSet();
  for (const t of tables.filter((x) => x.app === 'flowlogic')) await batchPut(gw.client, gw.env[`TABLE_${t.id}`], data[t.id] ?? []);
  admin = await adminToken(gw);
}, 60_000);
afterAll(async () => gw?.close());

const users = () => data.flowUsers;
const paid = () => users().filter((u) => u.tier !== 'free');
const today = () => new Date().toISOString().slice(0, 10);
const yesterday = () => new Date(Date.now() - 86400000).toISOString().slice(0, 10);

describe('Flow Logic demo data through the API', () => {
  it('shows every demo user their record, and admins find them by e-mail', async () => {
    for (const u of users()) {
      const me = await call(gw, await userToken(gw, u.user_id), Q.me);
      expect(me.errors).toBeUndefined();
      expect(me.data.myFlowUser).toMatchObject({ user_id: u.user_id, email: u.email, tier: u.tier, name: u.name ?? null });
      expect((await call(gw, admin, Q.userByEmail, { e: u.email })).data.flowUserByEmail.user_id).toBe(u.user_id);
    }
  });

  it('shows subscriptions: the active one to its user, all of a Stripe customer to the backend', async () => {
    for (const s of data.flowSubscriptions) {
      const active = await call(gw, await userToken(gw, s.user_id), Q.activeSub);
      expect(active.errors).toBeUndefined();
      expect(active.data.myActiveSubscription?.subscription_id ?? null).toBe(s.status === 'active' ? s.subscription_id : null);
      const byCustomer = await iam(gw, Q.subsByCustomer, { c: s.stripe_customer_id });
      expect(byCustomer.data.flowSubscriptionsByStripeCustomer).toEqual([expect.objectContaining({ subscription_id: s.subscription_id, cancel_at_period_end: s.cancel_at_period_end })]);
    }
  });

  it("lists each user's assessments, and a month's across users", async () => {
    for (const u of users()) {
      const mine = await call(gw, await userToken(gw, u.user_id), Q.myAssessments, { l: 100 });
      expect(mine.errors).toBeUndefined();
      expect(mine.data.myAssessments.items).toHaveLength(data.flowAssessments.filter((a) => a.user_id === u.user_id).length);
    }
    const month = data.flowAssessments[0].month_key;
    const byMonth = await call(gw, admin, Q.byMonth, { m: month, l: 100 });
    expect(byMonth.errors).toBeUndefined();
    expect(byMonth.data.flowAssessmentsByMonth.items).toHaveLength(data.flowAssessments.filter((a) => a.month_key === month).length);
    const testId = data.flowAssessments[0].test_id;
    const byTest = await iam(gw, Q.byTest, { t: testId, l: 100 });
    expect(byTest.data.flowAssessmentsByTest.items).toHaveLength(data.flowAssessments.filter((a) => a.test_id === testId).length);
  });

  it('shows Basic+ users their active plan, tasks and progress, and refuses free users', async () => {
    for (const u of paid()) {
      const token = await userToken(gw, u.user_id);
      const plan = await call(gw, token, Q.activePlan);
      expect(plan.errors).toBeUndefined();
      const active = data.flowPlans.find((p) => p.user_id === u.user_id && p.is_active);
      expect(plan.data.myActivePlan).toMatchObject({ plan_id: active.plan_id, version: active.version, is_active: true });
      const tasks = await call(gw, token, Q.tasks, { d: today() });
      expect(tasks.data.myCalendarTasks.items).toHaveLength(data.flowCalendarTasks.filter((t) => t.user_id === u.user_id && t.task_date === today()).length);
      const all = data.flowCalendarTasks.filter((t) => t.user_id === u.user_id);
      const range = await call(gw, token, Q.tasksBetween, { f: all[0].task_date, t: all[all.length - 1].task_date, l: 100 });
      expect(range.data.myCalendarTasksBetween.items).toHaveLength(all.length);
      const progress = data.flowProgress.find((p) => p.user_id === u.user_id && p.date === yesterday());
      const day = await call(gw, token, Q.progress, { d: yesterday() });
      expect(day.data.myProgress).toMatchObject({ streak: progress.streak, streak_points: progress.streak_points, completion_percentage: progress.completion_percentage });
      const top = await call(gw, token, Q.myTopStreaks, { l: 1 });
      expect(top.data.myTopStreaks[0].streak).toBe(Math.max(...data.flowProgress.filter((p) => p.user_id === u.user_id).map((p) => p.streak)));
    }
    for (const u of users().filter((x) => x.tier === 'free')) {
      expect((await call(gw, await userToken(gw, u.user_id), Q.activePlan)).errorType).toBe('TierRequired');
    }
    const top = await call(gw, admin, Q.topStreaks, { d: yesterday() });
    const streaks = top.data.flowTopStreaks.map((p: Json) => p.streak);
    expect(streaks).toHaveLength(paid().length);
    expect([...streaks].sort((a, b) => b - a)).toEqual(streaks);
  });

  it("shows each user's limits, and the banned demo user is refused with the ban's reason", async () => {
    for (const l of data.flowUserLimits) {
      const mine = await call(gw, await userToken(gw, l.user_id), Q.myLimits);
      expect(mine.errors).toBeUndefined();
      expect(mine.data.myLimits).toMatchObject({ plan: l.plan, video_quota_used_daily: l.video_quota_used_daily, test_quota_used_monthly: l.test_quota_used_monthly, video_quota_day: FLOW_QUOTAS[l.plan as 'free'].videoDay, test_quota_month: l.test_quota_month });
    }
    const banned = data.flowUserLimits.find((l) => l.ban_until);
    const out = await call(gw, await userToken(gw, banned.user_id), Q.start, { i: { test_id: 1, video_url: 's3://v' } });
    expect(out).toMatchObject({ errorType: 'Banned', errorInfo: { reason: 'VIDEO_ABUSE', resetsAt: banned.ban_until } });
    expect((await call(gw, admin, Q.migrations, {})).data.flowMigrations.items).toEqual(FLOW_MIGRATIONS);
  });
});
