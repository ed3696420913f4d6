// Resolved by the billing Lambda, like every billing field.
export { request, response } from './lib/billing/invoke';
