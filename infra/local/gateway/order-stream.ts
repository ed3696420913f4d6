/**
 * The orders table's stream, run locally as deployed: the poller reads it from DynamoDB Local and the publisher
 * (functions/storefront/order-publisher.ts) pushes order changes made by delivery mutations to onOrderUpdated through
 * the gateway's own IAM-signed publishOrderUpdate.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { orderPublisher } from '../../../functions/storefront/order-publisher';
import type { StreamRecord } from '../../../functions/storefront/order-changes';
import type { LocalAuth } from '../auth';
import { startStreamPoller, type StreamPoller } from '../streams/stream-poller';

export interface OrderStreamOptions {
  client: DynamoDBClient;
  ordersTable: string;
  /** The gateway's plain-HTTP GraphQL URL. */
  graphqlUrl: string;
  auth: LocalAuth;
  log?: (line: string) => void;
}

export function startOrderStream(options: OrderStreamOptions): Promise<StreamPoller> {
  const publish = orderPublisher({
    url: options.graphqlUrl,
    region: options.auth.settings.region ?? options.auth.settings.cognito.region,
    credentials: () => options.auth.iam,
  });
  return startStreamPoller({
    client: options.client,
    tableName: options.ordersTable,
    handler: (event) => publish({ Records: event.Records as StreamRecord[] }),
    log: options.log,
  });
}
