/**
 * Seed 004 (Flow Logic): users across the four tiers, Stripe subscriptions, assessments, one active plan per
 * Basic+ user (`active_user_id` set, the sparse active-index), calendar tasks (`task_key` =
 * `YYYY-MM-DD#task_id`) from eight days ago to three days ahead, daily progress with streaks consistent with the
 * tasks, user limits (counters of the anchor's day, hour and month, with the window keys the resolvers compare) and
 * the applied migrations.
 */
import { TEST_NAMES } from '../../../resolvers/lib/flowlogic/test-catalog';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  dayAt,
  isoAt,
  type DemoContext,
  type DemoItem,
  type DemoTables,
  type Rng,
} from './generate';

type Tier = 'free' | 'basic' | 'pro' | 'proplus';
const TIERS: Tier[] = [
  'free',
  'basic',
  'pro',
  'proplus',
  'basic',
  'pro',
  'proplus',
  'free',
  'pro',
  'basic',
  'proplus',
  'pro',
];
const NAMES = [
  'Анна Смирнова',
  'Иван Петров',
  'Мария Козлова',
  'Дмитрий Волков',
  'Елена Новикова',
  'Сергей Морозов',
  'Ольга Лебедева',
  'Алексей Соколов',
  'Наталья Попова',
  'Павел Васильев',
  'Татьяна Зайцева',
  'Никита Фёдоров',
];
const EMAILS = [
  'anna',
  'ivan',
  'maria',
  'dmitry',
  'elena',
  'sergey',
  'olga',
  'alexey',
  'natalia',
  'pavel',
  'tatiana',
  'nikita',
];
export const FLOW_QUOTAS: Record<Tier, { videoDay: number; videoHour: number; testMonth: number }> = {
  free: { videoDay: 9, videoHour: 5, testMonth: 3 },
  basic: { videoDay: 9, videoHour: 5, testMonth: 3 },
  pro: { videoDay: 21, videoHour: 5, testMonth: 7 },
  proplus: { videoDay: 45, videoHour: 5, testMonth: 15 },
};
const AREAS = ['ankle', 'knee', 'hip', 'core', 'thoracic_spine', 'shoulder'];
const EXERCISES = [
  ['ex_calf_stretch', 'Calf stretch', 'ankle'],
  ['ex_glute_bridge', 'Glute bridge', 'hip'],
  ['ex_dead_bug', 'Dead bug', 'core'],
  ['ex_thoracic_rotation', 'Thoracic rotation', 'thoracic_spine'],
  ['ex_wall_slide', 'Wall slide', 'shoulder'],
  ['ex_split_squat', 'Split squat', 'knee'],
] as const;

export const FLOW_MIGRATIONS: DemoItem[] = [
  {
    version: '001',
    applied_at: '2025-12-22T09:00:00.000Z',
    description: 'Initial tables and indexes',
    author: 'flowlogic-team',
  },
  {
    version: '002',
    applied_at: '2026-01-10T09:00:00.000Z',
    description: 'Backfill month_key on assessments',
    author: 'flowlogic-team',
  },
  {
    version: '003',
    applied_at: '2026-02-03T09:00:00.000Z',
    description: 'active_user_id replaces the Boolean active-index key',
    author: 'gateway',
  },
];

function assessment(rng: Rng, userId: string, anchor: Date, daysAgo: number): DemoItem {
  const testId = rng.int(1, 15);
  const created = isoAt(anchor, -daysAgo * DAY_MS - rng.int(1, 600) * MINUTE_MS);
  const status = rng.pick(['completed', 'completed', 'completed', 'completed', 'failed', 'invalid'] as const);
  const done = status === 'completed';
  const score = (x: number) => Math.round(x * 100) / 100;
  return {
    user_id: userId,
    assessment_id: rng.uuid(),
    test_id: testId,
    test_name: TEST_NAMES[testId - 1],
    video_url: `s3://flowlogic-local-videos/${userId}/${rng.hex(12)}.mp4`,
    status,
    attempt_number: rng.int(1, 3),
    ...(status !== 'failed'
      ? {
          quality_score: score(status === 'invalid' ? rng.next() * 0.4 : 0.6 + rng.next() * 0.4),
          confidence_avg: score(0.5 + rng.next() * 0.5),
          motion_variance: score(rng.next() * 0.3),
        }
      : {}),
    result: done
      ? {
          score: rng.pick(['pass', 'limited', 'significant']),
          confidence: score(0.6 + rng.next() * 0.4),
          problem_areas: [rng.pick(AREAS), rng.pick(AREAS)].filter((a, i, all) => all.indexOf(a) === i),
          normalized_output: { knee_valgus_deg: rng.int(0, 15), hip_drop_deg: rng.int(0, 10) },
        }
      : { score: 'limited', confidence: 0 },
    ...(status === 'invalid' ? { feedback: 'Body not fully visible in frame' } : {}),
    created_at: created,
    ...(done ? { completed_at: isoAt(new Date(created), 2 * MINUTE_MS) } : {}),
    month_key: created.slice(0, 7),
  };
}

export function flowlogicDemoData({ anchor, rng }: DemoContext): DemoTables {
  const out: Record<string, DemoItem[]> = {
    flowUsers: [],
    flowSubscriptions: [],
    flowAssessments: [],
    flowPlans: [],
    flowCalendarTasks: [],
    flowProgress: [],
    flowUserLimits: [],
    flowMigrations: FLOW_MIGRATIONS,
  };

  TIERS.forEach((tier, i) => {
    const userId = rng.uuid();
    const created = isoAt(anchor, -rng.int(40, 200) * DAY_MS);
    out.flowUsers.push({
      user_id: userId,
      email: `${EMAILS[i]}@flowlogic.example`,
      ...(i % 5 !== 4 ? { name: NAMES[i] } : {}),
      tier,
      wellness_disclaimer_accepted: true,
      wellness_disclaimer_accepted_at: created,
      created_at: created,
      updated_at: isoAt(anchor, -rng.int(0, 10) * DAY_MS),
      last_login_at: isoAt(anchor, -rng.int(1, 72) * HOUR_MS),
    });
    const quotas = FLOW_QUOTAS[tier];
    out.flowUserLimits.push({
      user_id: userId,
      plan: tier,
      video_quota_used_daily: rng.int(0, quotas.videoDay),
      video_quota_day: quotas.videoDay,
      video_quota_used_hourly: rng.int(0, 2),
      video_quota_hour: quotas.videoHour,
      test_quota_used_monthly: rng.int(0, quotas.testMonth),
      test_quota_month: quotas.testMonth,
      attempts_per_test: { [String(rng.int(1, 15))]: rng.int(1, 3) },
      // The windows the counters belong to (resolvers/lib/flowlogic/limit-usage.ts): the anchor's day, hour and month.
      video_day_key: dayAt(anchor, 0),
      video_hour_key: `${dayAt(anchor, 0)}T${isoAt(anchor, 0).slice(11, 13)}`,
      test_month_key: dayAt(anchor, 0).slice(0, 7),
      attempts_day_key: dayAt(anchor, 0),
      ...(i === 7 ? { ban_until: isoAt(anchor, 20 * HOUR_MS), ban_reason: 'VIDEO_ABUSE' } : {}),
      updated_at: isoAt(anchor, -rng.int(1, 300) * MINUTE_MS),
    });
    const assessments = Array.from({ length: rng.int(2, 6) }, () => assessment(rng, userId, anchor, rng.int(0, 60)));
    out.flowAssessments.push(...assessments);
    if (tier === 'free') return;

    const periodStart = isoAt(anchor, -rng.int(1, 28) * DAY_MS);
    out.flowSubscriptions.push({
      user_id: userId,
      subscription_id: `sub_${rng.alnum(24)}`,
      stripe_customer_id: `cus_${rng.alnum(14)}`,
      tier,
      status: i === 9 ? 'past_due' : 'active',
      current_period_start: periodStart,
      current_period_end: isoAt(new Date(periodStart), 30 * DAY_MS),
      cancel_at_period_end: i === 6,
      ...(i === 6 ? { canceled_at: isoAt(anchor, -2 * DAY_MS) } : {}),
      created_at: created,
      updated_at: periodStart,
    });

    const exercises = EXERCISES.filter(() => rng.chance(0.7)).map(([exercise_id, name, area], k) => ({
      exercise_id,
      name,
      description: `${name}: 3 sets of 10, slow and controlled.`,
      priority: k < 2 ? 'must' : 'should',
      problem_area: area,
    }));
    if (exercises.length < 2)
      exercises.push({
        exercise_id: 'ex_dead_bug',
        name: 'Dead bug',
        description: 'Dead bug: 3 sets of 10.',
        priority: 'must',
        problem_area: 'core',
      });
    const plan = (active: boolean, createdAt: string, version: number): DemoItem => ({
      user_id: userId,
      plan_id: rng.uuid(),
      tier,
      is_active: active,
      ...(active ? { active_user_id: userId } : {}),
      based_on_tests: [...new Set(assessments.map((a) => a.test_id as number))].slice(0, 3),
      problem_areas: { p1: [exercises[0].problem_area], p2: exercises.slice(1).map((e) => e.problem_area) },
      exercises,
      phases: [
        {
          phase_id: 'phase_1',
          duration_weeks: 2,
          focus: 'mobility',
          exercises: exercises.slice(0, 2).map((e) => e.exercise_id),
        },
        { phase_id: 'phase_2', duration_weeks: 4, focus: 'stability', exercises: exercises.map((e) => e.exercise_id) },
      ],
      created_at: createdAt,
      updated_at: createdAt,
      version,
    });
    if (i % 2 === 0) out.flowPlans.push(plan(false, isoAt(anchor, -40 * DAY_MS), 1));
    out.flowPlans.push(plan(true, isoAt(anchor, -15 * DAY_MS), i % 2 === 0 ? 2 : 1));

    const diligence = 0.55 + rng.next() * 0.45;
    let streak = 0;
    for (let day = -8; day <= 3; day++) {
      const date = dayAt(anchor, day);
      const dayTasks = exercises.slice(0, rng.int(2, exercises.length)).map((e, k) => {
        const taskId = rng.uuid();
        const completed = day < 0 && rng.chance(diligence);
        return {
          user_id: userId,
          task_key: `${date}#${taskId}`,
          task_date: date,
          task_id: taskId,
          exercise_id: e.exercise_id,
          priority: e.priority,
          completed,
          ...(completed ? { completed_at: `${date}T${String(7 + k).padStart(2, '0')}:30:00.000Z` } : {}),
          created_at: isoAt(anchor, (day - 1) * DAY_MS + 22 * HOUR_MS),
        };
      });
      out.flowCalendarTasks.push(...dayTasks);
      if (day >= 0) continue; // progress is recorded for days that are over
      const done = dayTasks.filter((t) => t.completed).length;
      const pct = Math.round((done / dayTasks.length) * 100);
      streak = pct >= 70 ? streak + 1 : 0;
      out.flowProgress.push({
        user_id: userId,
        date,
        completion_percentage: pct,
        tasks_completed: done,
        tasks_total: dayTasks.length,
        streak,
        streak_points: pct === 100 ? 2 : pct >= 70 ? 1 : 0,
        ...(day === -1
          ? {
              test_improvements: [
                { test_id: assessments[0].test_id as number, improvement_percentage: rng.int(1, 25) },
              ],
            }
          : {}),
        created_at: `${date}T23:59:00.000Z`,
        updated_at: `${date}T23:59:00.000Z`,
      });
    }
  });
  return out;
}
