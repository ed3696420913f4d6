/**
 * The deployed Razorpay webhook endpoint: a Lambda behind a function URL (auth NONE: Razorpay signs the body
 * instead), the signature checked over the exact bytes Razorpay sent. Secrets come from Secrets Manager:
 * RAZORPAY_SECRET_ARN holds `{ key_id, key_secret, webhook_secrets: [current, previous] }`; store payments are in
 * STORE_ORDERS_TABLE and STORE_PAYMENTS_TABLE.
 */
import { awsDatabase, awsRazorpay, awsStoreTables } from '../billing/aws-deps';
import { functionUrlAnswer, rawBodyOf, type FunctionUrlEvent } from '../shared/function-url';
import type { StorePaymentsDeps } from './store-payments';
import { handleRazorpayWebhook } from './webhooks';

const log = (line: string) => console.log(line);
// Built once per container, as the clients inside should be.
let store: StorePaymentsDeps | null = null;

export async function handler(event: FunctionUrlEvent) {
  const headers = event.headers ?? {};
  const razorpay = await awsRazorpay();
  store ??= { ...awsStoreTables(), razorpay, now: Date.now, log };
  const answer = await handleRazorpayWebhook({ db: awsDatabase, store }, razorpay.config.webhookSecrets, {
    rawBody: rawBodyOf(event),
    signature: headers['x-razorpay-signature'],
    eventId: headers['x-razorpay-event-id'],
  }, new Date(), log);
  return functionUrlAnswer(answer);
}
