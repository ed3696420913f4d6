/**
 * The deployed Razorpay webhook endpoint: a Lambda behind a function URL (auth NONE: Razorpay signs the body
 * instead). Function URLs hand over the body base64-encoded when it is not text; either way the signature is checked
 * over the exact bytes Razorpay sent. Secrets come from Secrets Manager: RAZORPAY_SECRET_ARN holds
 * `{ key_id, key_secret, webhook_secrets: [current, previous] }`; store payments are in STORE_ORDERS_TABLE and
 * STORE_PAYMENTS_TABLE.
 */
import { awsDatabase, awsRazorpay, awsStoreTables } from '../billing/aws-deps';
import { handleRazorpayWebhook } from './webhooks';

interface FunctionUrlEvent {
  body?: string;
  isBase64Encoded?: boolean;
  headers?: Record<string, string | undefined>;
}

export async function handler(event: FunctionUrlEvent) {
  const rawBody = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  const headers = event.headers ?? {};
  const razorpay = await awsRazorpay();
  const log = (line: string) => console.log(line);
  const store = { ...awsStoreTables(), razorpay, now: Date.now, log };
  const answer = await handleRazorpayWebhook({ db: awsDatabase, store }, razorpay.config.webhookSecrets, {
    rawBody,
    signature: headers['x-razorpay-signature'],
    eventId: headers['x-razorpay-event-id'],
  }, new Date(), log);
  return { statusCode: answer.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer.body) };
}
