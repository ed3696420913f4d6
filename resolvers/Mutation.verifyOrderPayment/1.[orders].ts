// Step 1: the order, for its customer only.
export { request, response } from '../lib/storefront/customers-order';
