// Step 1: the organisation's admins only; read the organisation as it is now.
export { request, response } from '../lib/reporting/read-org-as-admin';
