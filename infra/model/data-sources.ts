/**
 * AppSync data sources. The name is what resolver files route to: `Type.field.[name].ts`.
 * - one AMAZON_DYNAMODB data source per table (named by the table id),
 * - AWS_LAMBDA data sources for the handlers in functions/ (billing, payments),
 * - NONE for local computation and the IAM-only publish mutations.
 */
import { tables } from './tables';

export type DataSourceModel =
  | { name: string; type: 'AMAZON_DYNAMODB'; tableId: string }
  | { name: string; type: 'AWS_LAMBDA'; handler: string; description: string }
  | { name: string; type: 'NONE' };

const lambdaDataSources: DataSourceModel[] = [];

export const dataSources: readonly DataSourceModel[] = [
  ...tables.map((t): DataSourceModel => ({ name: t.id, type: 'AMAZON_DYNAMODB', tableId: t.id })),
  ...lambdaDataSources,
  { name: 'NONE', type: 'NONE' },
];
