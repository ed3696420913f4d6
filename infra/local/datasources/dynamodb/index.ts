export { createDynamoDbDataSource, type DynamoDbDataSource, type DynamoDbDataSourceOptions } from './data-source';
export type { DynamoWire, Outcome } from './types';
