// startAssessment through the local endpoint over real HTTP: every abuse limit of user-limits at its boundary, under
// concurrency (the limits live in the transaction's condition expressions), refusals naming the limit and its reset,
// bans, and the windows restarting with the (movable) clock.
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { adminToken, call, callRetrying, now, Q, registerUser, toNextDay, toNextHour, today, userToken, type Outcome } from './flow-api';

let gw: RepoGateway;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['flowlogic'] });
}, 60_000);
afterAll(async () => gw?.close());

const start = (token: string, testId: number) => callRetrying(gw, token, Q.start, { i: { test_id: testId, video_url: `s3://videos/t${testId}.mp4` } });

async function burst(token: string, count: number, testIdOf: (i: number) => number): Promise<Outcome[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => start(token, testIdOf(i))));
}

async function assessmentsOf(userId: string) {
  const out = await gw.doc.send(new QueryCommand({ TableName: gw.env.TABLE_flowAssessments, KeyConditionExpression: 'user_id = :u', ExpressionAttributeValues: { ':u': userId }, ConsistentRead: true }));
  return out.Items ?? [];
}

async function limitsOf(userId: string) {
  const out = await gw.doc.send(new GetCommand({ TableName: gw.env.TABLE_flowUserLimits, Key: { user_id: userId }, ConsistentRead: true }));
  return out.Item;
}

function hourKey(d: Date) {
  return d.toISOString().slice(0, 13);
}

describe('startAssessment limits', () => {
  it('lets exactly 3 of 50 concurrent starts of one test through the 3-attempts-per-day limit, numbered 1..3', async () => {
    toNextHour(gw);
    const token = await registerUser(gw, 'att-1', 'proplus');
    const results = await burst(token, 50, () => 4);
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(3);
    expect(ok.map((r) => r.data.startAssessment.attempt_number).sort()).toEqual([1, 2, 3]);
    const refused = results.filter((r) => r.errors);
    expect(new Set(refused.map((r) => r.errorType))).toEqual(new Set(['LimitExceeded']));
    expect(refused[0].errorInfo).toMatchObject({ limit: 'attempts_per_test', value: 3, usage: 3, test_id: 4 });
    const tomorrow = new Date(now(gw).getTime() + 86400000).toISOString().slice(0, 10);
    expect(refused[0].errorInfo?.resetsAt).toBe(`${tomorrow}T00:00:00Z`);
    expect(await assessmentsOf('att-1')).toHaveLength(3);
    // One test of the month: the retries of the same test that day are videos, not tests.
    expect(await limitsOf('att-1')).toMatchObject({ test_quota_used_monthly: 1, video_quota_used_daily: 3, video_quota_used_hourly: 3, attempts_per_test: { 4: 3 } });
  }, 120_000);

  it('lets exactly 5 of 50 concurrent starts of different tests through the hourly video limit', async () => {
    toNextHour(gw);
    const token = await registerUser(gw, 'hour-1', 'proplus');
    const results = await burst(token, 50, (i) => (i % 15) + 1);
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    const refused = results.filter((r) => r.errors);
    expect(new Set(refused.map((r) => r.errorType))).toEqual(new Set(['LimitExceeded']));
    const video = refused.find((r) => r.errorInfo?.limit === 'video_hourly');
    const nextHour = new Date(now(gw).getTime() + 3600000).toISOString().slice(0, 13);
    expect(video?.errorInfo).toMatchObject({ limit: 'video_hourly', value: 5, usage: 5, resetsAt: `${nextHour}:00:00Z` });
    expect(await assessmentsOf('hour-1')).toHaveLength(5);
    // The next hour starts a new hourly window.
    toNextHour(gw);
    expect((await start(token, 1)).errors).toBeUndefined();
  }, 120_000);

  it('lets exactly 3 of 15 concurrent first attempts of different tests through the free monthly test limit', async () => {
    toNextHour(gw);
    const token = await registerUser(gw, 'month-free', 'free');
    const results = await burst(token, 15, (i) => i + 1);
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    const refused = results.filter((r) => r.errors);
    expect(new Set(refused.map((r) => r.errorType))).toEqual(new Set(['LimitExceeded']));
    const monthly = refused.find((r) => r.errorInfo?.limit === 'test_monthly');
    expect(monthly?.errorInfo).toMatchObject({ value: 3, usage: 3 });
    const n = now(gw);
    const nextMonth = new Date(Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
    expect(monthly?.errorInfo?.resetsAt).toBe(`${nextMonth}T00:00:00Z`);
    // A retry of a test already started today is a video, not a new test: still allowed.
    const started = (await assessmentsOf('month-free'))[0];
    const retry = await start(token, started.test_id as number);
    expect(retry.errors).toBeUndefined();
    expect(retry.data.startAssessment).toMatchObject({ attempt_number: 2, status: 'processing', month_key: today(gw).slice(0, 7) });
  }, 120_000);

  it.each([
    ['basic', 9],
    ['pro', 21],
    ['proplus', 45],
  ])('holds the %s daily video limit of %i at its boundary under 50 concurrent starts', async (tier, daily) => {
    toNextHour(gw);
    const userId = `day-${tier}`;
    const token = await registerUser(gw, userId, tier);
    // Earlier today the user used all but two videos (in another hour, with attempts on other days' map).
    const day = today(gw);
    await gw.doc.send(new PutCommand({
      TableName: gw.env.TABLE_flowUserLimits,
      Item: { user_id: userId, video_quota_used_daily: daily - 2, video_day_key: day, video_quota_used_hourly: 5, video_hour_key: `${day}T99`, test_quota_used_monthly: 0, test_month_key: day.slice(0, 7), attempts_per_test: {}, attempts_day_key: day },
    }));
    const results = await burst(token, 50, (i) => (i % 15) + 1);
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    const refused = results.filter((r) => r.errors);
    expect(new Set(refused.map((r) => r.errorType))).toEqual(new Set(['LimitExceeded']));
    expect(refused.find((r) => r.errorInfo?.limit === 'video_daily')?.errorInfo).toMatchObject({ value: daily, usage: daily });
    expect(await limitsOf(userId)).toMatchObject({ video_quota_used_daily: daily, video_quota_day: daily, plan: tier });
  }, 120_000);

  it('shows the caller their limits for the current windows, and resets the day with the clock', async () => {
    toNextHour(gw);
    const token = await registerUser(gw, 'view-1', 'pro');
    await start(token, 7);
    await start(token, 7);
    const mine = await call(gw, token, Q.myLimits);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.myLimits).toMatchObject({
      user_id: 'view-1', plan: 'pro', video_quota_used_daily: 2, video_quota_day: 21, video_quota_used_hourly: 2, video_quota_hour: 5,
      test_quota_month: 7, ban_until: null,
    });
    expect(JSON.parse(mine.data.myLimits.attempts_per_test)).toEqual({ 7: 2 });
    expect(hourKey(now(gw))).toBeTruthy();
    toNextDay(gw);
    const next = await call(gw, token, Q.myLimits);
    expect(next.data.myLimits).toMatchObject({ video_quota_used_daily: 0, video_quota_used_hourly: 0 });
    expect(JSON.parse(next.data.myLimits.attempts_per_test)).toEqual({});
    const again = await start(token, 7);
    expect(again.data.startAssessment.attempt_number).toBe(1);
  }, 60_000);

  it('refuses a banned user with the reason and the end of the ban, until it ends or is lifted', async () => {
    const token = await registerUser(gw, 'ban-1', 'basic');
    const until = new Date(now(gw).getTime() + 2 * 3600000).toISOString();
    const banned = await call(gw, await adminToken(gw), Q.ban, { u: 'ban-1', r: 'VIDEO_ABUSE', until });
    expect(banned.errors).toBeUndefined();
    expect(banned.data.banFlowUser).toMatchObject({ ban_reason: 'VIDEO_ABUSE', ban_until: until });
    const refused = await start(token, 1);
    expect(refused).toMatchObject({ errorType: 'Banned', errorInfo: { limit: 'ban', reason: 'VIDEO_ABUSE', resetsAt: until } });
    expect(await assessmentsOf('ban-1')).toHaveLength(0);
    const lifted = await call(gw, await adminToken(gw), Q.lift, { u: 'ban-1' });
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data.liftFlowBan).toMatchObject({ ban_until: null, ban_reason: null });
    expect((await start(token, 1)).errors).toBeUndefined();
    // A ban whose end has passed no longer refuses.
    await call(gw, await adminToken(gw), Q.ban, { u: 'ban-1', r: 'VIDEO_ABUSE', until: new Date(now(gw).getTime() + 60000).toISOString() });
    expect((await start(token, 2)).errorType).toBe('Banned');
    gw.clock.offsetMs += 2 * 60000;
    expect((await start(token, 2)).errors).toBeUndefined();
  }, 60_000);

  it('resets counters of an older window exactly once when 50 starts race over the rollover', async () => {
    toNextHour(gw);
    const token = await registerUser(gw, 'roll-1', 'proplus');
    const yesterday = new Date(now(gw).getTime() - 86400000).toISOString().slice(0, 10);
    await gw.doc.send(new PutCommand({
      TableName: gw.env.TABLE_flowUserLimits,
      Item: { user_id: 'roll-1', video_quota_used_daily: 45, video_day_key: yesterday, video_quota_used_hourly: 5, video_hour_key: `${yesterday}T23`, test_quota_used_monthly: 2, test_month_key: '2001-01', attempts_per_test: { 1: 3 }, attempts_day_key: yesterday },
    }));
    const results = await burst(token, 50, (i) => (i % 15) + 1);
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(new Set(results.filter((r) => r.errors).map((r) => r.errorType))).toEqual(new Set(['LimitExceeded']));
    const stored = await limitsOf('roll-1');
    expect(stored).toMatchObject({ video_quota_used_daily: 5, video_day_key: today(gw), video_quota_used_hourly: 5, test_month_key: today(gw).slice(0, 7), attempts_day_key: today(gw) });
    const attempts = Object.values(stored?.attempts_per_test as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(attempts).toBe(5);
    expect(stored?.test_quota_used_monthly).toBe(Object.keys(stored?.attempts_per_test as object).length);
  }, 120_000);

  it('refuses unregistered callers, a missing disclaimer, bad input, and bans by non-admins', async () => {
    const stranger = await userToken(gw, 'nobody');
    expect((await call(gw, stranger, Q.start, { i: { test_id: 1, video_url: 's3://x' } })).errorType).toBe('NotFound');
    const fresh = await userToken(gw, 'no-disclaimer');
    await call(gw, fresh, Q.register, { i: { email: 'nd@flow.test' } });
    expect((await call(gw, fresh, Q.start, { i: { test_id: 1, video_url: 's3://x' } })).errorType).toBe('DisclaimerRequired');
    const token = await registerUser(gw, 'bad-input');
    expect((await call(gw, token, Q.start, { i: { test_id: 16, video_url: 's3://x' } })).errorType).toBe('ValidationError');
    expect((await call(gw, token, Q.start, { i: { test_id: 1, video_url: '  ' } })).errorType).toBe('ValidationError');
    expect((await call(gw, token, Q.ban, { u: 'bad-input', r: 'X', until: '2099-01-01T00:00:00Z' })).errorType).toBe('Unauthorized');
    expect(await assessmentsOf('bad-input')).toHaveLength(0);
  });

  it('starts a new month of tests on the 1st (UTC)', async () => {
    toNextHour(gw);
    const token = await registerUser(gw, 'month-roll', 'free');
    for (const t of [1, 2, 3]) expect((await start(token, t)).errors).toBeUndefined();
    expect((await start(token, 4)).errorInfo).toMatchObject({ limit: 'test_monthly', value: 3, usage: 3 });
    const n = now(gw);
    gw.clock.offsetMs += Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1, 6) - n.getTime();
    const next = await start(token, 4);
    expect(next.errors).toBeUndefined();
    expect(next.data.startAssessment).toMatchObject({ attempt_number: 1, month_key: today(gw).slice(0, 7) });
    expect(await limitsOf('month-roll')).toMatchObject({ test_quota_used_monthly: 1, test_month_key: today(gw).slice(0, 7) });
  }, 60_000);
});
