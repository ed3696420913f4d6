/**
 * AppSync data sources. The name is what resolver files route to: `Type.field.[name].ts`.
 * - one AMAZON_DYNAMODB data source per table (named by the table id),
 * - AWS_LAMBDA data sources for the handlers in functions/ (billing, storefront payments),
 * - NONE for local computation and the IAM-only publish mutations.
 */
import { tables } from './tables';
import { physicalName } from './types';

export type DataSourceModel =
  | { name: string; type: 'AMAZON_DYNAMODB'; tableId: string }
  | {
      name: string;
      type: 'AWS_LAMBDA';
      handler: string;
      description: string;
      /** The DynamoDB tables the handler uses, by the environment variable that names them -> table id. */
      tables: Readonly<Record<string, string>>;
      /** A billing handler: PostgreSQL (in the VPC), the alert-webhook secret, the invoice documents. */
      billing: boolean;
    }
  | { name: string; type: 'NONE' };

/** What the Razorpay store payment handlers use (the storefrontPayments resolver and the webhook). */
export const STORE_PAYMENT_TABLES = { STORE_ORDERS_TABLE: 'orders', STORE_PAYMENTS_TABLE: 'storePayments' } as const;

const lambdaDataSources: DataSourceModel[] = [
  {
    name: 'billingApi',
    type: 'AWS_LAMBDA',
    handler: 'billing/lambda',
    description: 'The billing platform (seed 002) on PostgreSQL: ingestion, usage, invoices, admin and audit.',
    tables: { HOT_EVENTS_TABLE: 'usageHotEvents' },
    billing: true,
  },
  {
    name: 'storefrontPayments',
    type: 'AWS_LAMBDA',
    handler: 'payments/store-lambda',
    description: 'Razorpay payments of storefront orders (seed 001): checkout, verification and refunds.',
    tables: STORE_PAYMENT_TABLES,
    billing: false,
  },
];

export const dataSources: readonly DataSourceModel[] = [
  ...tables.map((t): DataSourceModel => ({ name: t.id, type: 'AMAZON_DYNAMODB', tableId: t.id })),
  ...lambdaDataSources,
  { name: 'NONE', type: 'NONE' },
];

/**
 * AppSync environment variables (`ctx.env`) of the API: the physical name of every table, as `TABLE_<id>`, for
 * the batch and transaction requests that must name their tables.
 * https://docs.aws.amazon.com/appsync/latest/devguide/environmental-variables.html
 */
export function apiEnvironment(stage: string): Record<string, string> {
  return Object.fromEntries(tables.map((t) => [`TABLE_${t.id}`, physicalName(t, stage)]));
}
