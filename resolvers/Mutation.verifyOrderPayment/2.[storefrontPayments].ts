// Step 2: Razorpay and the writes, in the storefront payments Lambda.
export { request, response } from '../lib/storefront/payments-invoke';
