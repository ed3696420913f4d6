// Step 1: the caller's user record (its tier sets the limits).
export { request, response } from '../lib/flowlogic/caller-step';
