/**
 * The data source role's reach, checked before DynamoDB is called: a batch or transaction request that names a
 * table the role may not use is denied, as IAM denies it on AppSync (the role of each deployed data source is built
 * from the same grants: infra/build/table-grants.ts, infra/aws/constructs/table-data-source.ts). Without this a
 * resolver that works locally could fail once deployed.
 *
 * The message has IAM's shape ("User: ... is not authorized to perform: dynamodb:PutItem on resource: ...").
 */
import type { AppSyncRequest } from './types';

/** DynamoDB's error for an IAM denial, shaped as the wire client throws DynamoDB's errors so errors.ts reports it. */
class AccessDenied extends Error {
  override readonly name = 'AccessDeniedException';
  readonly $metadata = { httpStatusCode: 400 };
}

const TRANSACT_ACTIONS: Record<string, string> = {
  PutItem: 'PutItem',
  UpdateItem: 'UpdateItem',
  DeleteItem: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
};

/** [action, table] for every table a request names itself (unit requests use the data source's own table). */
function namedTables(operation: string, request: AppSyncRequest): [string, string][] {
  const tables = request.tables;
  if (operation === 'BatchGetItem' || operation === 'BatchPutItem' || operation === 'BatchDeleteItem') {
    const action = operation === 'BatchGetItem' ? 'BatchGetItem' : 'BatchWriteItem';
    return typeof tables === 'object' && tables !== null ? Object.keys(tables).map((t) => [action, t]) : [];
  }
  if ((operation === 'TransactGetItems' || operation === 'TransactWriteItems') && Array.isArray(request.transactItems)) {
    return (request.transactItems as { table?: unknown; operation?: unknown }[])
      .filter((item) => typeof item?.table === 'string')
      .map((item) => [operation === 'TransactGetItems' ? 'GetItem' : (TRANSACT_ACTIONS[String(item.operation)] ?? 'PutItem'), item.table as string]);
  }
  return [];
}

export interface TableAccess {
  /** The data source's name, for the role in the message. */
  dataSource: string;
  region: string;
  /** Physical names of the tables the role may use. */
  tables: ReadonlySet<string>;
}

/** Throws IAM's AccessDeniedException when the request names a table outside `access.tables`. */
export function assertTableAccess(access: TableAccess, operation: string, request: AppSyncRequest): void {
  const denied = namedTables(operation, request).find(([, table]) => !access.tables.has(table));
  if (!denied) return;
  const [action, table] = denied;
  throw new AccessDenied(
    `User: arn:aws:sts::000000000000:assumed-role/${access.dataSource}-role/APPSYNC_ASSUME_ROLE is not authorized to perform: ` +
      `dynamodb:${action} on resource: arn:aws:dynamodb:${access.region}:000000000000:table/${table}`,
  );
}
