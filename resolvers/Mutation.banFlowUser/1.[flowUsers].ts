// Step 1: the user named by user_id must exist.
export { request, response } from '../lib/flowlogic/target-step';
