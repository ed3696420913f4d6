/**
 * The deployed retry scheduler: an EventBridge schedule invokes it (failed invocations go to its DLQ after the
 * asynchronous retries). Each run retries the failed invoice payments that are due; runs overlapping each other are
 * safe because due payments are claimed with FOR UPDATE SKIP LOCKED (see payment-retries.ts).
 */
import { awsDatabase, awsRazorpay } from '../billing/aws-deps';
import { retryDuePayments } from './payment-retries';

export async function handler(): Promise<{ retried: number }> {
  const { client } = await awsRazorpay();
  const made = await retryDuePayments(await awsDatabase(), client, new Date());
  for (const attempt of made) console.log(`payment retry ${attempt.attempt}: new Razorpay order ${attempt.razorpay_order_id}`);
  return { retried: made.length };
}
