// Step 3: not retired: the caller's active subscription in the legacy table (lib/racesim/steps/legacy-subscription.ts).
export { request, response } from '../lib/racesim/steps/legacy-subscription';
