/** The deployed storefront payments Lambda resolver (AppSync data source `storefrontPayments`): store-api.ts on AWS. */
import { awsRazorpay, awsStoreTables } from '../billing/aws-deps';
import { storePaymentsHandler, type StorePaymentsEvent } from './store-api';

let ready: ReturnType<typeof storePaymentsHandler> | null = null;

export async function handler(event: StorePaymentsEvent) {
  ready ??= storePaymentsHandler({ ...awsStoreTables(), razorpay: await awsRazorpay(), now: Date.now, log: (line) => console.error(line) });
  return ready(event);
}
