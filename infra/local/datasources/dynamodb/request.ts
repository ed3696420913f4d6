/**
 * The checks AppSync makes on a request object before calling DynamoDB: an object, a supported version
 * (2017-02-28, 2018-05-29, or none as APPSYNC_JS requests omit it) and a known operation.
 */
import { RequestShapeError } from './errors';
import type { AppSyncRequest } from './types';

const VERSIONS = new Set([undefined, '2017-02-28', '2018-05-29']);

export function checkRequest(request: unknown, operations: ReadonlySet<string>): [string, AppSyncRequest] {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw new RequestShapeError('The request handler must return an object with an "operation"');
  }
  const r = request as AppSyncRequest;
  if (!VERSIONS.has(r.version as string | undefined)) {
    throw new RequestShapeError(`Unsupported request version "${String(r.version)}"; use 2018-05-29 or 2017-02-28`);
  }
  if (typeof r.operation !== 'string' || !operations.has(r.operation)) {
    throw new RequestShapeError(`Unsupported DynamoDB operation "${String(r.operation)}"`);
  }
  return [r.operation, withParsedBlocks(r) as AppSyncRequest];
}

const BLOCKS = ['query', 'filter', 'condition', 'update', 'projection'];

/**
 * AWS's own examples put the string `util.transform.toDynamoDBConditionExpression` returns straight into
 * `condition` (js-aws-appsync-resolver-reference-dynamodb-deleteitem.html); such JSON strings are read as
 * the blocks they hold, in the request and in its transaction items.
 */
function withParsedBlocks(request: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...request };
  for (const name of BLOCKS) {
    const block = out[name];
    if (typeof block !== 'string') continue;
    try {
      out[name] = JSON.parse(block);
    } catch {
      throw new RequestShapeError(`"${name}" must be an object such as { "expression": "..." }`);
    }
  }
  if (Array.isArray(out.transactItems)) {
    out.transactItems = out.transactItems.map((item) =>
      typeof item === 'object' && item !== null ? withParsedBlocks(item as Record<string, unknown>) : item,
    );
  }
  return out;
}
