// Step 2: the user's limits and usage in the current windows.
export { request, response } from '../lib/flowlogic/limits-read';
