/**
 * The orders table's stream consumer (one entry of stream-consumers.ts): the publisher
 * (functions/storefront/order-publisher.ts) pushes order changes made by delivery mutations to onOrderUpdated through
 * the gateway's own IAM-signed publishOrderUpdate.
 */
import { orderPublisher } from '../../../functions/storefront/order-publisher';
import type { StreamRecord } from '../../../functions/storefront/order-changes';
import type { StreamConsumer } from './stream-consumers';

export const orderStreamConsumer: StreamConsumer = {
  name: 'orders',
  tables: ['orders'],
  handler: (c) => {
    const publish = orderPublisher({ url: c.graphqlUrl, region: c.region, credentials: c.credentials });
    // Lambda's record shape and the publisher's own StreamRecord type differ only in the attribute value typings.
    return (event) => publish({ Records: event.Records as unknown as StreamRecord[] });
  },
};
