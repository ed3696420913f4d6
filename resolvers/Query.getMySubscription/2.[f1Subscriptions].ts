// Step 2: none there: has `npm run migrate:f1` retired the legacy table? (lib/racesim/steps/legacy-retired.ts)
export { request, response } from '../lib/racesim/steps/legacy-retired';
