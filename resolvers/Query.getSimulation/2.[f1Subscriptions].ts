// Step 2: not in the new table: has `npm run migrate:f1` retired the legacy table? (lib/racesim/steps/legacy-retired.ts)
export { request, response } from '../lib/racesim/steps/legacy-retired';
