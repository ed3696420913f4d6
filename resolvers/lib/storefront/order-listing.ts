/** Orders newest first through a GSI whose sort key is created_at, optionally of one status. */
import { query } from '@aws-appsync/utils/dynamodb';
import { pageSize } from '../pagination';

export interface OrderListArgs {
  status?: string | null;
  limit?: number | null;
  nextToken?: string | null;
}

export function ordersByIndex(index: string, keyName: string, keyValue: string, args: OrderListArgs) {
  return query({
    index,
    query: { [keyName]: { eq: keyValue } },
    filter: args.status ? { status: { eq: args.status } } : null,
    scanIndexForward: false,
    limit: pageSize(args.limit),
    nextToken: args.nextToken,
  });
}
