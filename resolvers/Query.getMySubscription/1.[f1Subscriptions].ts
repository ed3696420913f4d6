// Step 1: the caller's active subscription in the new table (lib/racesim/steps/my-subscriptions.ts).
export { request, response } from '../lib/racesim/steps/my-subscriptions';
