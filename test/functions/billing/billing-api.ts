/**
 * Test support for the billing suites: the repo's gateway with the billing Lambda on PGlite (or the real server),
 * operators of each role with Cognito tokens, a metered organisation with a project API key, and GraphQL calls.
 */
import { loadBillingDemo } from '../../../infra/local/demo-data/billing-postgres';
import { call, outcomeOf, type Outcome } from '../../support/graphql-call';
import { gql } from '../../support/demo-gateway';
import type { RepoGateway } from '../../support/repo-gateway';

export { call, type Outcome };

// Long enough for suites that move the clock past a billing period.
const TOKEN_LIFE_S = 90 * 86400;

/** Cognito tokens of the demo operators (admin_users rows come from loadBillingDemo). */
export async function operators(gw: RepoGateway) {
  await loadBillingDemo(await gw.billing.database());
  const mint = (email: string, group: string) => gw.auth.issuer.mintToken({ sub: `op-${group}`, groups: [group], claims: { email }, expiresInSeconds: TOKEN_LIFE_S });
  return {
    admin: await mint('admin@billing.example', 'admin'),
    operator: await mint('operator@billing.example', 'operator'),
    viewer: await mint('viewer@billing.example', 'viewer'),
    /** In the admin group but with no admin_users row. */
    stranger: await mint('stranger@billing.example', 'admin'),
  };
}

export const Q = {
  createOrg: 'mutation ($i: CreateBillingOrganisationInput!) { createBillingOrganisation(input: $i) { id currency } }',
  createProject: 'mutation ($i: CreateBillingProjectInput!) { createBillingProject(input: $i) { id organisation_id } }',
  createKey: 'mutation ($p: ID!) { createProjectApiKey(project_id: $p, name: "test") { id key } }',
  record: 'mutation ($e: [UsageEventInput!]!) { recordUsageEvents(events: $e) { accepted replayed refused { index code reason } } }',
  flush: 'mutation { flushUsageEvents { read inserted duplicates } }',
  usage: 'query ($o: ID!, $m: Int!, $y: Int!) { billingUsage(organisation_id: $o, month: $m, year: $y) { project_id metric_name unit total_value event_count } }',
  generate: 'mutation ($m: Int!, $y: Int!) { generateInvoices(month: $m, year: $y) { drafted unchanged failed { organisation_id errorType } } }',
  invoices:
    'query ($o: ID!, $n: String, $l: Int) { billingInvoices(organisation_id: $o, nextToken: $n, limit: $l) { items { id status total currency invoice_number invoice_sequence month year line_items { line_number description quantity unit_price total } } nextToken } }',
  finalize: 'mutation ($id: ID!) { finalizeInvoice(id: $id) { id status invoice_number invoice_sequence total } }',
  cancel: 'mutation ($id: ID!) { cancelInvoice(id: $id) { id status invoice_number } }',
  render: 'mutation ($id: ID!) { renderInvoice(id: $id) { id pdf_url invoice_number } }',
  send: 'mutation ($id: ID!) { sendInvoice(id: $id) { id status recipient_email message_id subject } }',
  createOperator: 'mutation ($e: AWSEmail!, $r: String!) { createAdminUser(email: $e, role: $r) { id role } }',
  createOperatorKey: 'mutation ($u: ID!) { createAdminApiKey(user_id: $u, name: "ci") { id key } }',
  createRule: 'mutation ($i: CreateAlertRuleInput!) { createAlertRule(input: $i) { id alert_type cooldown_minutes } }',
  alerts: 'query ($o: ID!) { billingAlertHistory(organisation_id: $o) { items { id status actual_value threshold_value metadata } nextToken } }',
  ack: 'mutation ($id: ID!) { acknowledgeAlert(id: $id) { id status acknowledged_at } }',
  audit: 'query ($o: ID) { billingAuditLogs(organisation_id: $o, limit: 100) { items { action entity_type user_id ip_address user_agent } nextToken } }',
};

/** A new organisation with one project and its API key, made through the API by the admin. */
export async function meteredOrganisation(gw: RepoGateway, adminToken: string, currency = 'INR') {
  const org = await call(gw, adminToken, Q.createOrg, { i: { name: `Org ${Math.random().toString(36).slice(2, 8)}`, billing_email: 'ops@org.example', currency } });
  if (org.errors) throw new Error(JSON.stringify(org.errors));
  const organisationId = org.data.createBillingOrganisation.id as string;
  const project = await call(gw, adminToken, Q.createProject, { i: { organisation_id: organisationId, name: 'main' } });
  const projectId = project.data.createBillingProject.id as string;
  const key = await call(gw, adminToken, Q.createKey, { p: projectId });
  return { organisationId, projectId, apiKey: key.data.createProjectApiKey.key as string };
}

/** Sends events (or any operation) with a project or operator API key (the Lambda authorizer's token). */
export async function record(gw: RepoGateway, apiKey: string, events: unknown[], query = Q.record, variables: Record<string, unknown> = { e: events }): Promise<Outcome> {
  const { body } = await gql(gw.url, query, variables, { authorization: apiKey });
  return outcomeOf(body);
}

export const event = (key: string, value: string, at: Date, metric = 'api_calls', unit = 'requests') => ({
  metric_name: metric,
  metric_value: value,
  unit,
  timestamp: at.toISOString(),
  idempotency_key: key,
});
