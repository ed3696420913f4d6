/** Seed 003: F1 Race Sim (subscriptions, daily feature usage, action log, simulation results, legacy metadata). */
import { gsi, s } from './keys';
import type { TableModel } from './types';

export const racesimTables: TableModel[] = [
  {
    id: 'f1Subscriptions',
    app: 'racesim',
    seedName: 'f1-user-subscriptions-dev',
    namePattern: 'f1-user-subscriptions-{stage}',
    description: "A user's subscriptions (plan, status, period, Stripe id).",
    partitionKey: s('user_id'),
    sortKey: s('subscription_id'),
    globalIndexes: [],
    changes: ['The seed\'s "-dev" suffix becomes the stage.'],
  },
  {
    id: 'f1Usage',
    app: 'racesim',
    seedName: 'f1-user-usage-dev',
    namePattern: 'f1-user-usage-{stage}',
    description: 'Feature usage per user and day; sort key `{feature}_{YYYY-MM-DD}`.',
    partitionKey: s('user_id'),
    sortKey: s('feature_date_key'),
    globalIndexes: [],
    ttlAttribute: 'expires_at',
    changes: ['Stage suffix.', 'TTL on expires_at: a day\'s counter is useless after its window (kept 90 days for support).'],
  },
  {
    id: 'f1ActionsLog',
    app: 'racesim',
    seedName: 'f1-user-actions-log-dev',
    namePattern: 'f1-user-actions-log-{stage}',
    description: 'Append-only log of user actions, queried by time range.',
    partitionKey: s('user_id'),
    sortKey: s('timestamp'),
    globalIndexes: [],
    changes: [
      'Stage suffix.',
      'The sort key value is `ISO-timestamp#id`, so two actions in the same millisecond do not overwrite each other.',
    ],
  },
  {
    id: 'f1SimulationResults',
    app: 'racesim',
    seedName: 'f1-simulation-results',
    namePattern: 'f1-simulation-results-{stage}',
    description: 'Simulation runs and their results.',
    partitionKey: s('simulation_id'),
    sortKey: s('created_at'),
    globalIndexes: [
      gsi('user-index', s('user_id'), s('created_at'), 'Added (erratum): the seed has no way to list a user\'s simulations.'),
    ],
    changes: [
      'Stage suffix (the seed alone among F1 tables had none).',
      'GSI user-index (user_id, created_at) added: list a user\'s simulations newest first.',
    ],
  },
  {
    id: 'f1StrategyMetadata',
    app: 'racesim',
    seedName: 'f1-strategy-metadata-dev',
    namePattern: 'f1-strategy-metadata-{stage}',
    description: 'Legacy single table (profiles and old records), read as a fallback until migrated.',
    partitionKey: s('strategy_id'),
    globalIndexes: [
      gsi('user-index', s('user_id'), undefined, 'Added: the fallback reads a user\'s legacy records by user_id.'),
    ],
    changes: ['Stage suffix.', 'GSI user-index added: the fallback and the migration find legacy records by user_id.'],
  },
];
