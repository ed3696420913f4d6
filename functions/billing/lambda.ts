/** The deployed billing Lambda resolver (AppSync data source `billingApi`): functions/billing/api.ts on AWS. */
import { billingHandler, type BillingEvent } from './api';
import { awsDatabase, awsDocuments, awsHotStore, awsRazorpay, awsWebhook } from './aws-deps';

let ready: ReturnType<typeof billingHandler> | null = null;

export async function handler(event: BillingEvent) {
  ready ??= billingHandler({ db: await awsDatabase(), ...awsHotStore(), ...awsDocuments(), razorpay: await awsRazorpay(), webhook: await awsWebhook(), now: Date.now, log: (line) => console.error(line) });
  return ready(event);
}
