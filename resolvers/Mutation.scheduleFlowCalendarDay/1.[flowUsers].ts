// Step 1: the caller must be registered and on the basic tier or above (TierRequired).
export { request, response } from '../lib/flowlogic/tier-gate';
