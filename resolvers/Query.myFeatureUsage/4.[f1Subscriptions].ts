// Step 4: a legacy-only subscription is copied into the new table, once (lib/racesim/steps/copy-subscription.ts).
export { request, response } from '../lib/racesim/steps/copy-subscription';
