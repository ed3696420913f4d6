// Step 1: the user named by user_id (its tier sets the limits).
export { request, response } from '../lib/flowlogic/target-step';
