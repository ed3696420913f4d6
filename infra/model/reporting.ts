/** Seed 000: the multi-region reporting app (usage plans, organisations, users), London and Sydney. */
import { gsi, s } from './keys';
import type { TableModel } from './types';

/** Seed 000 deploys to London and Sydney; the tables are global tables replicated between the two. */
export const REPORTING_REGIONS = ['eu-west-2', 'ap-southeast-2'] as const;
const replicatedTo = ['ap-southeast-2'];

export const reportingTables: TableModel[] = [
  {
    id: 'usagePlans',
    app: 'reporting',
    seedName: 'usage_plans',
    namePattern: 'reporting-{stage}-usage_plans',
    description: 'Subscription plans with their base report limits.',
    partitionKey: s('plan_id'),
    globalIndexes: [],
    replicatedTo,
    changes: ['Name carries app and stage prefixes (the seed names none); replicated London -> Sydney as a global table.'],
  },
  {
    id: 'organizations',
    app: 'reporting',
    seedName: 'organizations',
    namePattern: 'reporting-{stage}-organizations',
    description: 'Organisations, their plan, credits, effective limits and current usage.',
    partitionKey: s('org_id'),
    globalIndexes: [gsi('plan-index', s('plan_id'))],
    replicatedTo,
    changes: ['Name carries app and stage prefixes; replicated as a global table.'],
  },
  {
    id: 'reportingUsers',
    app: 'reporting',
    seedName: 'users',
    namePattern: 'reporting-{stage}-users',
    description: 'Users with optional individual limits and credits.',
    partitionKey: s('user_id'),
    globalIndexes: [gsi('org-index', s('org_id')), gsi('email-index', s('email'))],
    replicatedTo,
    changes: ['Name carries app and stage prefixes; replicated as a global table.'],
  },
];
