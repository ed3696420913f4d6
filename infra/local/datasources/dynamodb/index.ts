export { createDynamoDbDataSource, type DynamoDbDataSource, type DynamoDbDataSourceOptions } from './data-source';
export type { DynamoSender, Outcome } from './types';
