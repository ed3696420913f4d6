/**
 * Seed 003 (F1 Race Sim): subscriptions, per-feature daily usage (`{feature}_{YYYY-MM-DD}`), the action log
 * (sort key `ISO-timestamp#id`), simulation results, and the legacy `strategy-metadata` table. Some users
 * exist only in the legacy table: the read fallback and the migration need them.
 */
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  dayAt,
  epochSeconds,
  isoAt,
  pad,
  type DemoContext,
  type DemoItem,
  type DemoTables,
} from './generate';

export const F1_PLANS = { free: 3, pro: 25, premium: 100 } as const;
export const F1_FEATURES = ['race_simulation', 'strategy_optimizer', 'telemetry_export', 'ai_insights'] as const;
const TRACKS = ['monza', 'silverstone', 'spa', 'monaco', 'suzuka', 'interlagos', 'bahrain'];
const COMPOUNDS = ['SOFT', 'MEDIUM', 'HARD'];
const DRIVERS = [
  'Lewis Park',
  'Max Brandt',
  'Charlotte Leroux',
  'Lando Fitch',
  'Oscar Pike',
  'Fernanda Alves',
  'Yuki Mori',
  'Nico Hale',
];

/** Users found in the new tables (migrated) and users found only in the legacy table. */
export const F1_MIGRATED_USERS = DRIVERS.slice(0, 6).map((_, i) => `f1_user_${pad(i + 1)}`);
export const F1_LEGACY_ONLY_USERS = DRIVERS.slice(6).map((_, i) => `f1_user_${pad(i + 101)}`);

export function racesimDemoData({ anchor, rng }: DemoContext): DemoTables {
  const subscriptions: DemoItem[] = [];
  const usage: DemoItem[] = [];
  const actions: DemoItem[] = [];
  const simulations: DemoItem[] = [];
  const legacy: DemoItem[] = [];
  const planIds = Object.keys(F1_PLANS) as (keyof typeof F1_PLANS)[];

  const strategy = () => {
    const stops = rng.int(1, 3);
    return {
      pit_stops: stops,
      stints: Array.from({ length: stops + 1 }, () => ({ compound: rng.pick(COMPOUNDS), laps: rng.int(10, 28) })),
      fuel_mode: rng.pick(['standard', 'lean', 'push']),
    };
  };

  F1_MIGRATED_USERS.forEach((userId, i) => {
    const plan = planIds[i % planIds.length];
    const name = DRIVERS[i];
    const email = `${name.toLowerCase().replace(' ', '.')}@f1sim.dev`;
    const start = isoAt(anchor, -rng.int(1, 25) * DAY_MS);
    subscriptions.push({
      user_id: userId,
      subscription_id: `sub_${rng.alnum(14)}`,
      plan_id: plan,
      status: i === 5 ? 'canceled' : 'active',
      current_period_start: start,
      current_period_end: isoAt(new Date(start), 30 * DAY_MS),
      stripe_subscription_id: plan === 'free' ? undefined : `sub_${rng.alnum(24)}`,
    });
    if (i === 0) {
      subscriptions.push({
        user_id: userId,
        subscription_id: `sub_${rng.alnum(14)}`,
        plan_id: 'free',
        status: 'expired',
        current_period_start: isoAt(anchor, -95 * DAY_MS),
        current_period_end: isoAt(anchor, -65 * DAY_MS),
      });
    }
    for (let day = -2; day <= 0; day++) {
      const date = dayAt(anchor, day);
      for (const feature of F1_FEATURES) {
        if (!rng.chance(0.6)) continue;
        const limit = F1_PLANS[plan];
        usage.push({
          user_id: userId,
          feature_date_key: `${feature}_${date}`,
          feature_name: feature,
          usage_count: rng.int(1, limit),
          reset_date: dayAt(anchor, day + 1),
          limit_value: limit,
          expires_at: epochSeconds(isoAt(anchor, (day + 90) * DAY_MS)),
        });
      }
    }
    const runs = rng.int(6, 14);
    for (let r = 0; r < runs; r++) {
      const created = isoAt(anchor, -rng.int(1, 30 * 24 * 60) * MINUTE_MS);
      const simulationId = rng.uuid();
      const laps = rng.int(44, 78);
      const totalTime = Math.round((laps * (80 + rng.next() * 15) + rng.next()) * 1000) / 1000;
      simulations.push({
        simulation_id: simulationId,
        created_at: created,
        user_id: userId,
        track_id: rng.pick(TRACKS),
        strategy_data: strategy(),
        results: {
          finishing_position: rng.int(1, 20),
          laps,
          fastest_lap_s: Math.round((78 + rng.next() * 12) * 1000) / 1000,
          pit_time_lost_s: Math.round(rng.next() * 60 * 100) / 100,
        },
        total_time: totalTime,
      });
      actions.push({
        user_id: userId,
        timestamp: `${created}#${rng.hex(8)}`,
        action_type: 'run_simulation',
        action_details: { simulation_id: simulationId },
        plan_id: plan,
      });
    }
    for (let a = 0; a < 12; a++) {
      const at = isoAt(anchor, -rng.int(1, 30 * 24) * HOUR_MS);
      const type = rng.pick(['login', 'update_strategy', 'export_telemetry', 'view_leaderboard']);
      actions.push({
        user_id: userId,
        timestamp: `${at}#${rng.hex(8)}`,
        action_type: type,
        action_details:
          type === 'login' ? { client: rng.pick(['ios', 'android', 'web']) } : { track_id: rng.pick(TRACKS) },
        plan_id: plan,
      });
    }
    // Migrated users keep their legacy profile, as the seed says the legacy table holds profiles.
    legacy.push({
      strategy_id: `profile_${userId}`,
      user_id: userId,
      type: 'user_profile',
      email,
      name,
      created_at: isoAt(anchor, -300 * DAY_MS),
      migrated_at: isoAt(anchor, -20 * DAY_MS),
    });
  });

  F1_LEGACY_ONLY_USERS.forEach((userId, i) => {
    const name = DRIVERS[6 + i];
    const email = `${name.toLowerCase().replace(' ', '.')}@f1sim.dev`;
    const plan = i === 0 ? 'pro' : 'free';
    legacy.push({
      strategy_id: `profile_${userId}`,
      user_id: userId,
      type: 'user_profile',
      email,
      name,
      created_at: isoAt(anchor, -400 * DAY_MS),
    });
    legacy.push({
      strategy_id: `subscription_${userId}`,
      user_id: userId,
      type: 'subscription',
      plan_id: plan,
      status: 'active',
      current_period_start: isoAt(anchor, -10 * DAY_MS),
      current_period_end: isoAt(anchor, 20 * DAY_MS),
      ...(plan === 'pro' ? { stripe_subscription_id: `sub_${rng.alnum(24)}` } : {}),
      created_at: isoAt(anchor, -100 * DAY_MS),
    });
    legacy.push({
      strategy_id: `usage_${userId}_race_simulation_${dayAt(anchor, 0)}`,
      user_id: userId,
      type: 'usage',
      feature_name: 'race_simulation',
      usage_count: rng.int(1, 3),
      reset_date: dayAt(anchor, 1),
      limit_value: F1_PLANS[plan],
      created_at: isoAt(anchor, -2 * HOUR_MS),
    });
    for (let s = 0; s < 3; s++) {
      legacy.push({
        strategy_id: `strategy_${rng.uuid()}`,
        user_id: userId,
        type: 'strategy',
        track_id: rng.pick(TRACKS),
        strategy_data: strategy(),
        total_time: Math.round((5000 + rng.next() * 900) * 1000) / 1000,
        created_at: isoAt(anchor, -rng.int(30, 300) * DAY_MS),
      });
    }
  });

  return {
    f1Subscriptions: subscriptions,
    f1Usage: usage,
    f1ActionsLog: actions,
    f1SimulationResults: simulations,
    f1StrategyMetadata: legacy,
  };
}
