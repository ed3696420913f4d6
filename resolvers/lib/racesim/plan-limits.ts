/**
 * Daily limits per feature of each F1 plan. The seed names `plan_id` and `limit_value` but not the values; these
 * are the gateway's, kept here as the one place both the resolvers and the tests read. A caller without an active
 * subscription is on `free`.
 */
export const FEATURE_LIMITS: Record<string, Record<string, number>> = {
  free: { simulation: 3, strategy_analysis: 1, telemetry_export: 0 },
  pro: { simulation: 150, strategy_analysis: 50, telemetry_export: 20 },
  team: { simulation: 1000, strategy_analysis: 500, telemetry_export: 200 },
};

export const DEFAULT_PLAN = 'free';

export function featureLimit(plan: string, feature: string): number | null {
  const limits = FEATURE_LIMITS[plan] ?? FEATURE_LIMITS[DEFAULT_PLAN];
  const limit = limits[feature];
  return typeof limit === 'number' ? limit : null;
}
