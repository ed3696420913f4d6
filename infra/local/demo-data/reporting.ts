/** Seed 000 (reporting): the seed's example records verbatim, plus plans, organisations and users around them. */
import { isoAt, DAY_MS, HOUR_MS, pad, type DemoContext, type DemoItem, type DemoTables } from './generate';

/** The seed's example records, verbatim. */
export const SEED_PLAN: DemoItem = {
  plan_id: 'premium',
  plan_name: 'Premium Plan',
  monthly_report_limit: 1000,
  daily_report_limit: 100,
  price: 99.99,
  features: ['advanced_analytics', 'custom_exports', 'api_access'],
  status: 'active',
  created_at: '2025-06-10T10:00:00Z',
};

export const SEED_ORGANIZATION: DemoItem = {
  org_id: 'org_12345',
  plan_id: 'premium',
  org_name: 'Acme Corporation',
  plan_monthly_limit: 1000,
  plan_daily_limit: 100,
  additional_monthly_credits: 500,
  additional_daily_credits: 50,
  effective_monthly_limit: 1500,
  effective_daily_limit: 150,
  current_monthly_usage: 245,
  current_daily_usage: 15,
  billing_cycle_start: '2025-06-01',
  status: 'active',
  created_at: '2025-06-10T10:00:00Z',
  updated_at: '2025-06-10T14:30:00Z',
};

export const SEED_USER: DemoItem = {
  user_id: 'user_67890',
  org_id: 'org_12345',
  email: 'john.doe@acme.com',
  name: 'John Doe',
  role: 'admin',
  user_monthly_limit: 150,
  user_daily_limit: 20,
  additional_monthly_credits: 25,
  additional_daily_credits: 5,
  current_monthly_usage: 23,
  current_daily_usage: 3,
  status: 'active',
  cognito_user_id: 'us-east-1_aBcDeFgHi',
  created_at: '2025-06-10T10:00:00Z',
  last_login: '2025-06-10T14:25:00Z',
};

const PLANS: DemoItem[] = [
  SEED_PLAN,
  {
    plan_id: 'free',
    plan_name: 'Free Plan',
    monthly_report_limit: 50,
    daily_report_limit: 5,
    price: 0,
    features: ['basic_reports'],
  },
  {
    plan_id: 'basic',
    plan_name: 'Basic Plan',
    monthly_report_limit: 300,
    daily_report_limit: 30,
    price: 29.99,
    features: ['basic_reports', 'custom_exports'],
  },
  {
    plan_id: 'enterprise',
    plan_name: 'Enterprise Plan',
    monthly_report_limit: 10000,
    daily_report_limit: 1000,
    price: 499.99,
    features: ['advanced_analytics', 'custom_exports', 'api_access', 'sso', 'dedicated_support'],
  },
].map((p) => ({ status: 'active', created_at: '2025-06-10T10:00:00Z', ...p }));

const ORG_NAMES = [
  'Globex Ltd',
  'Initech',
  'Umbrella Analytics',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Soylent Co',
];
const FIRST = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy', 'Mallory', 'Niaj'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Patel', 'Nguyen', 'Khan', 'Garcia'];

export function reportingDemoData({ anchor, rng }: DemoContext): DemoTables {
  const organizations: DemoItem[] = [SEED_ORGANIZATION];
  const users: DemoItem[] = [SEED_USER];
  const cycleStart = isoAt(anchor, 0).slice(0, 8) + '01';

  ORG_NAMES.forEach((orgName, i) => {
    const plan = PLANS[(i + 1) % PLANS.length];
    const monthlyCredits = rng.pick([0, 0, 100, 250]);
    const dailyCredits = monthlyCredits / 10;
    const planMonthly = plan.monthly_report_limit as number;
    const planDaily = plan.daily_report_limit as number;
    const orgId = `org_${10000 + i * 111}`;
    const created = isoAt(anchor, -rng.int(30, 300) * DAY_MS);
    organizations.push({
      org_id: orgId,
      plan_id: plan.plan_id,
      org_name: orgName,
      plan_monthly_limit: planMonthly,
      plan_daily_limit: planDaily,
      additional_monthly_credits: monthlyCredits,
      additional_daily_credits: dailyCredits,
      effective_monthly_limit: planMonthly + monthlyCredits,
      effective_daily_limit: planDaily + dailyCredits,
      current_monthly_usage: rng.int(0, Math.floor((planMonthly + monthlyCredits) * 0.8)),
      current_daily_usage: rng.int(0, Math.floor((planDaily + dailyCredits) * 0.5)),
      billing_cycle_start: cycleStart,
      status: i === ORG_NAMES.length - 1 ? 'suspended' : 'active',
      created_at: created,
      updated_at: isoAt(anchor, -rng.int(0, 5) * DAY_MS - rng.int(1, 20) * HOUR_MS),
    });
    const domain = orgName.toLowerCase().replace(/[^a-z]+/g, '') + '.example.com';
    const members = rng.int(3, 6);
    for (let u = 0; u < members; u++) {
      const first = FIRST[(i * 3 + u) % FIRST.length];
      const last = LAST[(i + u * 7) % LAST.length];
      const ownLimits = rng.chance(0.4);
      users.push({
        user_id: `user_${pad(i + 1, 2)}${pad(u + 1, 3)}`,
        org_id: orgId,
        email: `${first}.${last}`.toLowerCase() + `@${domain}`,
        name: `${first} ${last}`,
        role: u === 0 ? 'admin' : 'member',
        ...(ownLimits
          ? { user_monthly_limit: Math.floor(planMonthly / 5), user_daily_limit: Math.floor(planDaily / 5) }
          : {}),
        additional_monthly_credits: ownLimits ? rng.pick([0, 10, 25]) : 0,
        additional_daily_credits: ownLimits ? rng.pick([0, 1, 5]) : 0,
        current_monthly_usage: rng.int(0, 20),
        current_daily_usage: rng.int(0, 3),
        status: rng.chance(0.9) ? 'active' : 'inactive',
        cognito_user_id: rng.uuid(),
        created_at: created,
        last_login: isoAt(anchor, -rng.int(0, 20 * 24) * HOUR_MS),
      });
    }
  });

  return { usagePlans: PLANS, organizations, reportingUsers: users };
}
