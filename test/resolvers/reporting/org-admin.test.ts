// Organisation administration through the local endpoint over real HTTP: plan changes and credits recompute the
// effective limits and record who made them; users listed by organisation, paginated; non-admins refused.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../support/demo-gateway';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';

let gw: RepoGateway;
let admin: Record<string, string>;
let member: Record<string, string>;
const ORG_FIELDS = 'org_id plan_id plan_daily_limit plan_monthly_limit additional_daily_credits additional_monthly_credits effective_daily_limit effective_monthly_limit updated_by';

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['reporting'] });
  const put = (table: string, Item: Record<string, unknown>) => gw.doc.send(new PutCommand({ TableName: table, Item }));
  await put(gw.env.TABLE_usagePlans, { plan_id: 'premium', plan_name: 'Premium', monthly_report_limit: 1000, daily_report_limit: 100, price: 99.99, features: ['api_access'], status: 'active', created_at: '2025-06-10T10:00:00Z' });
  await put(gw.env.TABLE_usagePlans, { plan_id: 'legacy', plan_name: 'Old', monthly_report_limit: 1, daily_report_limit: 1, price: 0, features: [], status: 'inactive', created_at: '2025-06-10T10:00:00Z' });
  await put(gw.env.TABLE_organizations, { org_id: 'org-a', plan_id: 'basic', org_name: 'A', plan_monthly_limit: 100, plan_daily_limit: 10, additional_monthly_credits: 5, additional_daily_credits: 1, effective_monthly_limit: 105, effective_daily_limit: 11, current_monthly_usage: 0, current_daily_usage: 0, billing_cycle_start: '2025-06-01', status: 'active', created_at: '2025-06-10T10:00:00Z' });
  for (let i = 0; i < 5; i += 1) {
    await put(gw.env.TABLE_reportingUsers, { user_id: `a-${i}`, org_id: 'org-a', email: `a${i}@a.com`, name: `A${i}`, role: 'member', status: 'active', created_at: '2025-06-10T10:00:00Z' });
  }
  admin = { authorization: await gw.auth.issuer.mintToken({ sub: 'a-0', groups: ['admin'], claims: { 'custom:org_id': 'org-a' } }) };
  member = { authorization: await gw.auth.issuer.mintToken({ sub: 'a-1', claims: { 'custom:org_id': 'org-a' } }) };
});
afterAll(async () => gw?.close());

const orgRow = async () => (await gw.doc.send(new GetCommand({ TableName: gw.env.TABLE_organizations, Key: { org_id: 'org-a' }, ConsistentRead: true }))).Item;

describe('organisation limits', () => {
  it('changes the plan, recomputes the effective limits and records who did it', async () => {
    const { body } = await gql(gw.url, `mutation { changeOrganizationPlan(org_id: "org-a", plan_id: "premium") { ${ORG_FIELDS} } }`, {}, admin);
    expect(body.errors).toBeUndefined();
    expect(body.data?.changeOrganizationPlan).toMatchObject({ plan_id: 'premium', plan_daily_limit: 100, effective_daily_limit: 101, effective_monthly_limit: 1005, updated_by: 'a-0' });
  });

  it('grants credits on top of the plan', async () => {
    const { body } = await gql(gw.url, `mutation { grantOrganizationCredits(org_id: "org-a", daily: 9, monthly: 95) { ${ORG_FIELDS} } }`, {}, admin);
    expect(body.data?.grantOrganizationCredits).toMatchObject({ additional_daily_credits: 10, additional_monthly_credits: 100, effective_daily_limit: 110, effective_monthly_limit: 1100 });
  });

  it('refuses members, other organisations, inactive plans and negative credits, changing nothing', async () => {
    const before = await orgRow();
    const cases = [
      [`mutation { grantOrganizationCredits(org_id: "org-a", daily: 1, monthly: 1) { org_id } }`, member, 'Unauthorized'],
      [`mutation { grantOrganizationCredits(org_id: "org-b", daily: 1, monthly: 1) { org_id } }`, admin, 'Unauthorized'],
      [`mutation { changeOrganizationPlan(org_id: "org-a", plan_id: "legacy") { org_id } }`, admin, 'ValidationError'],
      [`mutation { grantOrganizationCredits(org_id: "org-a", daily: -5, monthly: 0) { org_id } }`, admin, 'ValidationError'],
    ] as const;
    for (const [query, who, errorType] of cases) {
      const { body } = await gql(gw.url, query, {}, who);
      expect(body.errors?.[0]?.errorType).toBe(errorType);
    }
    expect(await orgRow()).toEqual(before);
  });
});

describe('listUsersByOrg', () => {
  it('pages through the organisation users for its admin and refuses members', async () => {
    const q = 'query ($t: String) { listUsersByOrg(org_id: "org-a", limit: 2, nextToken: $t) { items { user_id } nextToken } }';
    const seen: string[] = [];
    let token: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { body } = await gql(gw.url, q, { t: token }, admin);
      const conn = body.data?.listUsersByOrg as { items: { user_id: string }[]; nextToken: string | null };
      seen.push(...conn.items.map((u) => u.user_id));
      token = conn.nextToken;
      if (!token) break;
    }
    expect(seen.sort()).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-4']);
    expect((await gql(gw.url, q, { t: null }, member)).body.errors?.[0]?.errorType).toBe('Unauthorized');
  });
});

describe('getMyReportingUser', () => {
  it("caps the caller's effective limits by what the organisation has left", async () => {
    const day = new Date().toISOString().slice(0, 10);
    await gw.doc.send(new PutCommand({ TableName: gw.env.TABLE_organizations, Item: { org_id: 'org-c', plan_id: 'p', org_name: 'C', plan_daily_limit: 10, plan_monthly_limit: 100, additional_daily_credits: 0, additional_monthly_credits: 0, current_daily_usage: 8, usage_day: day, current_monthly_usage: 8, usage_cycle: 'stale', billing_cycle_start: '2025-06-01', status: 'active', created_at: '2025-06-10T10:00:00Z' } }));
    await gw.doc.send(new PutCommand({ TableName: gw.env.TABLE_reportingUsers, Item: { user_id: 'c-1', org_id: 'org-c', email: 'c@c.com', name: 'C', role: 'member', status: 'active', user_daily_limit: 5, additional_daily_credits: 1, current_daily_usage: 1, usage_day: day, created_at: '2025-06-10T10:00:00Z' } }));
    const auth = { authorization: await gw.auth.issuer.mintToken({ sub: 'c-1', claims: { 'custom:org_id': 'org-c' } }) };
    const { body } = await gql(gw.url, 'query { getMyReportingUser { user_id effective_daily_limit effective_monthly_limit current_daily_usage current_monthly_usage } }', {}, auth);
    expect(body).toEqual({ data: { getMyReportingUser: { user_id: 'c-1', effective_daily_limit: 3, effective_monthly_limit: 100, current_daily_usage: 1, current_monthly_usage: 0 } } });
    const stranger = { authorization: await gw.auth.issuer.mintToken({ sub: 'c-1', claims: { 'custom:org_id': 'org-a' } }) };
    expect((await gql(gw.url, 'query { getMyReportingUser { user_id } }', {}, stranger)).body.errors?.[0]?.errorType).toBe('Unauthorized');
  });
});
