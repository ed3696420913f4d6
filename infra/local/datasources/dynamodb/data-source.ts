/**
 * The AMAZON_DYNAMODB data source: runs AppSync DynamoDB request objects against DynamoDB (Local),
 * one module per operation family.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 *
 * `invoke` never throws: DynamoDB's errors become `ctx.error` (`DynamoDB:<Exception>`), a request object
 * AppSync would refuse becomes a `MappingTemplate` error.
 */
import type { DataSource } from '../types';
import { batchDeleteItem, batchGetItem, batchPutItem } from './batch';
import { toDataSourceError } from './errors';
import { checkRequest } from './request';
import { deleteItem, getItem, putItem } from './get-put-delete';
import { query, scan } from './query-scan';
import { sync } from './sync';
import { assertTableAccess, type TableAccess } from './table-access';
import { transactGetItems, transactWriteItems } from './transact';
import type { AppSyncRequest, DynamoWire, OperationContext, Outcome } from './types';
import { updateItem } from './update';

const OPERATIONS: Record<string, (ctx: OperationContext, request: AppSyncRequest) => Promise<Outcome>> = {
  GetItem: getItem,
  PutItem: putItem,
  UpdateItem: updateItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
  Sync: sync,
  BatchGetItem: batchGetItem,
  BatchPutItem: batchPutItem,
  BatchDeleteItem: batchDeleteItem,
  TransactGetItems: transactGetItems,
  TransactWriteItems: transactWriteItems,
};
const NAMES: ReadonlySet<string> = new Set(Object.keys(OPERATIONS));

export interface DynamoDbDataSourceOptions {
  /** DynamoDB Local in DynamoDB JSON: `localDynamoWire(endpoint)` (infra/local/dynamodb/wire-client.ts). */
  client: DynamoWire;
  /** The table of a unit data source; batch and transaction requests name their tables themselves. */
  tableName: string;
  region?: string;
  now?: () => number;
  /** The tables its role may use, as deployed; any table when omitted (a project whose roles we do not model). */
  access?: TableAccess;
}

export interface DynamoDbDataSource extends DataSource {
  readonly type: 'AMAZON_DYNAMODB';
  readonly tableName: string;
  readonly region?: string;
  /** `ctx` is not needed: the request object says everything. */
  invoke(request: unknown, ctx?: unknown): Promise<Outcome>;
}

export function createDynamoDbDataSource(options: DynamoDbDataSourceOptions): DynamoDbDataSource {
  const context: OperationContext = { client: options.client, tableName: options.tableName, now: options.now ?? Date.now };
  return {
    type: 'AMAZON_DYNAMODB',
    tableName: options.tableName,
    region: options.region,
    async invoke(request) {
      try {
        const [operation, r] = checkRequest(request, NAMES);
        if (options.access) assertTableAccess(options.access, operation, r);
        return await OPERATIONS[operation](context, r);
      } catch (error) {
        return { error: toDataSourceError(error) };
      }
    },
  };
}
