/**
 * The orders table's stream handler: publishes the order changes no client mutation published (order-changes.ts)
 * through the IAM-only publishOrderUpdate. Deployed as a Lambda on the stream (APPSYNC_URL, its role's credentials);
 * locally the stream poller calls it with the local IAM credential. A failed publish is reported as a batch item
 * failure, so the stream retries from that record.
 */
import { iamGraphql, type IamCredentials } from '../shared/iam-graphql';
import { orderUpdateOf, type StreamRecord } from './order-changes';

const PUBLISH = `mutation ($input: OrderUpdateInput!) {
  publishOrderUpdate(input: $input) {
    order_id tenant_id store_id status items { product_id name quantity unit_price line_total } subtotal delivery_fee
    total_amount customer_name customer_phone delivery_address payment_method payment_status razorpay_payment_id
    delivery_agent_id delivered_at created_at updated_at
  }
}`;

export interface PublisherTarget {
  url: string;
  region: string;
  credentials: () => IamCredentials;
}

export function orderPublisher(target: PublisherTarget) {
  return async (event: { Records: StreamRecord[] }) => {
    const failures: { itemIdentifier: string }[] = [];
    for (const record of event.Records) {
      const input = orderUpdateOf(record);
      if (!input) continue;
      const reply = await iamGraphql({ ...target, credentials: target.credentials() }, PUBLISH, { input }).catch((error: Error) => ({
        errors: [{ message: error.message }],
      }));
      if (reply.errors?.length) {
        console.error(`publishOrderUpdate failed for ${String(input.order_id)}: ${JSON.stringify(reply.errors)}`);
        failures.push({ itemIdentifier: record.eventID ?? '' });
        break; // later records of the shard wait for this one: order is kept
      }
    }
    return { batchItemFailures: failures };
  };
}

/** The deployed Lambda: credentials of its execution role, from the environment Lambda sets. */
export const handler = orderPublisher({
  url: process.env.APPSYNC_URL ?? '',
  region: process.env.AWS_REGION ?? '',
  credentials: () => ({
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '',
    sessionToken: process.env.AWS_SESSION_TOKEN,
  }),
});
