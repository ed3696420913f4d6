/**
 * The 23 DynamoDB tables exactly as the seeds state them (key schema and GSIs with key types), transcribed
 * by hand from ../shared/seeds/ so the model can be checked against them table by table. Nothing here is
 * read from the model.
 */
type T = 'S' | 'N' | 'B' | 'BOOL';
export interface SeedKey {
  name: string;
  type: T;
}
export interface SeedIndex {
  name: string;
  partitionKey: SeedKey;
  sortKey?: SeedKey;
}
export interface SeedTable {
  seed: string;
  name: string;
  partitionKey: SeedKey;
  sortKey?: SeedKey;
  indexes: SeedIndex[];
  /** Seed 004 only: whether the seed enables DynamoDB Streams. */
  stream?: boolean;
}

const k = (name: string, type: T = 'S'): SeedKey => ({ name, type });

export const SEED_TABLES: SeedTable[] = [
  // 000: "Terraform Schema"
  { seed: '000', name: 'usage_plans', partitionKey: k('plan_id'), indexes: [] },
  {
    seed: '000',
    name: 'organizations',
    partitionKey: k('org_id'),
    indexes: [{ name: 'plan-index', partitionKey: k('plan_id') }],
  },
  {
    seed: '000',
    name: 'users',
    partitionKey: k('user_id'),
    indexes: [
      { name: 'org-index', partitionKey: k('org_id') },
      { name: 'email-index', partitionKey: k('email') },
    ],
  },
  // 001: the CreateTable JSON of each table
  { seed: '001', name: 'webdpro-tenants', partitionKey: k('tenant_id'), indexes: [] },
  { seed: '001', name: 'webdpro-users', partitionKey: k('phone'), indexes: [] },
  { seed: '001', name: 'webdpro-stores', partitionKey: k('tenant_id'), sortKey: k('store_id'), indexes: [] },
  { seed: '001', name: 'webdpro-products', partitionKey: k('store_id'), sortKey: k('product_id'), indexes: [] },
  {
    seed: '001',
    name: 'webdpro-orders',
    partitionKey: k('order_id'),
    indexes: [
      { name: 'store-index', partitionKey: k('store_id') },
      { name: 'tenant-index', partitionKey: k('tenant_id') },
    ],
  },
  { seed: '001', name: 'webdpro-deliveries', partitionKey: k('agent_id'), sortKey: k('delivery_id'), indexes: [] },
  { seed: '001', name: 'webdpro-payments', partitionKey: k('tenant_id'), sortKey: k('payment_id'), indexes: [] },
  // 003: "Key Schema"
  {
    seed: '003',
    name: 'f1-user-subscriptions-dev',
    partitionKey: k('user_id'),
    sortKey: k('subscription_id'),
    indexes: [],
  },
  { seed: '003', name: 'f1-user-usage-dev', partitionKey: k('user_id'), sortKey: k('feature_date_key'), indexes: [] },
  { seed: '003', name: 'f1-user-actions-log-dev', partitionKey: k('user_id'), sortKey: k('timestamp'), indexes: [] },
  {
    seed: '003',
    name: 'f1-simulation-results',
    partitionKey: k('simulation_id'),
    sortKey: k('created_at'),
    indexes: [],
  },
  { seed: '003', name: 'f1-strategy-metadata-dev', partitionKey: k('strategy_id'), indexes: [] },
  // 004 (Russian): "Key Schema", "Global Secondary Indexes", "DynamoDB Streams"
  {
    seed: '004',
    name: 'flowlogic-{stage}-users',
    partitionKey: k('user_id'),
    indexes: [{ name: 'email-index', partitionKey: k('email') }],
    stream: true,
  },
  {
    seed: '004',
    name: 'flowlogic-{stage}-subscriptions',
    partitionKey: k('user_id'),
    sortKey: k('subscription_id'),
    indexes: [{ name: 'stripe-customer-index', partitionKey: k('stripe_customer_id') }],
    stream: true,
  },
  {
    seed: '004',
    name: 'flowlogic-{stage}-assessments',
    partitionKey: k('user_id'),
    sortKey: k('assessment_id'),
    indexes: [
      { name: 'test-type-index', partitionKey: k('test_id', 'N'), sortKey: k('created_at') },
      { name: 'month-index', partitionKey: k('month_key'), sortKey: k('created_at') },
    ],
    stream: true,
  },
  {
    seed: '004',
    name: 'flowlogic-{stage}-plans',
    partitionKey: k('user_id'),
    sortKey: k('plan_id'),
    indexes: [{ name: 'active-index', partitionKey: k('is_active', 'BOOL'), sortKey: k('created_at') }],
    stream: true,
  },
  {
    seed: '004',
    name: 'flowlogic-{stage}-calendar-tasks',
    partitionKey: k('user_id'),
    // "Sort Key: task_date (String, "YYYY-MM-DD") + task_id (String, UUID)": two attributes, transcribed as stated.
    sortKey: k('task_date + task_id'),
    indexes: [{ name: 'date-index', partitionKey: k('task_date'), sortKey: k('created_at') }],
    stream: true,
  },
  {
    seed: '004',
    name: 'flowlogic-{stage}-progress',
    partitionKey: k('user_id'),
    sortKey: k('date'),
    indexes: [{ name: 'streak-index', partitionKey: k('user_id'), sortKey: k('streak', 'N') }],
    stream: true,
  },
  { seed: '004', name: 'flowlogic-{stage}-user-limits', partitionKey: k('user_id'), indexes: [], stream: true },
  { seed: '004', name: 'flowlogic-{stage}-migrations', partitionKey: k('version'), indexes: [], stream: false },
];
