/**
 * What every DynamoDB operation module receives. The unit data source names one table (`tableName`);
 * batch and transaction requests name real table names themselves, as on AppSync.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSourceOutcome } from '../types';

/** The part of the SDK client the data source uses: `send`. Tests may wrap it to inject responses. */
export type DynamoSender = Pick<DynamoDBClient, 'send'>;

export interface OperationContext {
  client: DynamoSender;
  tableName: string;
  /** Clock in ms since the epoch (Sync's startedAt). */
  now: () => number;
}

export type Outcome = DataSourceOutcome;

export type AppSyncRequest = Record<string, unknown>;
