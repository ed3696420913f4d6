// Step 2: the caller's limits and usage in the current windows.
export { request, response } from '../lib/flowlogic/limits-read';
