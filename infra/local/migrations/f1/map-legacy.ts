/**
 * Where one legacy f1-strategy-metadata record goes: a simulation run to f1-simulation-results, a subscription to
 * f1-user-subscriptions, anything else (profiles, unknown types, records without user_id) nowhere, with a reason.
 */
import { LEGACY_CREATED_AT, LEGACY_SIMULATION_TYPE, LEGACY_SUBSCRIPTION_TYPE } from '../../../../resolvers/lib/racesim/legacy';

export type LegacyTarget = 'simulations' | 'subscriptions';
export type LegacyMapping =
  | { target: LegacyTarget; item: Record<string, unknown>; keyAttribute: string }
  | { target: null; reason: string };

const SIMULATION_FIELDS = ['user_id', 'track_id', 'strategy_data', 'results', 'total_time'];
const SUBSCRIPTION_FIELDS = ['user_id', 'plan_id', 'status', 'current_period_start', 'current_period_end', 'stripe_subscription_id'];

function pick(record: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => record[f] !== undefined && record[f] !== null).map((f) => [f, record[f]]));
}

export function mapLegacy(record: Record<string, unknown>): LegacyMapping {
  if (typeof record.user_id !== 'string' || record.user_id === '') return { target: null, reason: 'no user_id' };
  if (record.type === LEGACY_SIMULATION_TYPE) {
    const created_at = typeof record.created_at === 'string' ? record.created_at : LEGACY_CREATED_AT;
    return { target: 'simulations', keyAttribute: 'simulation_id', item: { ...pick(record, SIMULATION_FIELDS), simulation_id: record.strategy_id, created_at } };
  }
  if (record.type === LEGACY_SUBSCRIPTION_TYPE) {
    if (typeof record.plan_id !== 'string') return { target: null, reason: 'subscription without plan_id' };
    return { target: 'subscriptions', keyAttribute: 'subscription_id', item: { ...pick(record, SUBSCRIPTION_FIELDS), subscription_id: record.strategy_id } };
  }
  return { target: null, reason: `no new table for type ${JSON.stringify(record.type ?? null)}` };
}
