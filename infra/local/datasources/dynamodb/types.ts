/**
 * What every DynamoDB operation module receives. The unit data source names one table (`tableName`);
 * batch and transaction requests name real table names themselves, as on AppSync.
 */
import type { DynamoWire } from '../../dynamodb/wire-client';
import type { DataSourceOutcome } from '../types';

export type {
  AttributeValue, CancellationReason, DynamoWire, KeysAndAttributes, TransactWriteItem, WriteRequest,
} from '../../dynamodb/wire-client';

export interface OperationContext {
  /** DynamoDB (Local), spoken to in DynamoDB JSON. Tests may wrap it to inject responses. */
  client: DynamoWire;
  tableName: string;
  /** Clock in ms since the epoch (Sync's startedAt). */
  now: () => number;
}

export type Outcome = DataSourceOutcome;

export type AppSyncRequest = Record<string, unknown>;
