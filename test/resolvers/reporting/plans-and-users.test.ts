// Usage plans and users through the local endpoint over real HTTP: platform admins create and change plans (the
// organisations on a changed plan get their limits recomputed, paged, with who did it); organisations by plan and
// users by e-mail paginated; organisation admins create users and change their limits within the organisation's;
// bad input and other callers refused, changing nothing.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../support/demo-gateway';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';

let gw: RepoGateway;
let platform: Record<string, string>;
let orgAdmin: Record<string, string>;
let otherAdmin: Record<string, string>;
let member: Record<string, string>;
/** More than one updateUsagePlan call recomputes (50 per call). */
const GOLD_ORGS = 55;

const PLAN_FIELDS = 'plan_id plan_name daily_report_limit monthly_report_limit price features status updated_by';
const USER_FIELDS = 'user_id org_id email role status user_daily_limit user_monthly_limit additional_daily_credits additional_monthly_credits effective_daily_limit effective_monthly_limit updated_by';
const CREATE_PLAN = `mutation ($i: CreateUsagePlanInput!) { createUsagePlan(input: $i) { ${PLAN_FIELDS} } }`;
const UPDATE_PLAN = `mutation ($p: ID!, $i: UpdateUsagePlanInput!, $t: String) { updateUsagePlan(plan_id: $p, input: $i, nextToken: $t) { plan { ${PLAN_FIELDS} } organizations_updated nextToken } }`;
const CREATE_USER = `mutation ($o: ID!, $i: CreateReportingUserInput!) { createReportingUser(org_id: $o, input: $i) { ${USER_FIELDS} } }`;
const UPDATE_USER = `mutation ($u: ID!, $i: UpdateReportingUserInput!) { updateReportingUser(user_id: $u, input: $i) { ${USER_FIELDS} } }`;
const BY_PLAN = 'query ($p: ID!, $t: String) { listOrganizationsByPlan(plan_id: $p, limit: 2, nextToken: $t) { items { org_id plan_daily_limit effective_daily_limit } nextToken } }';
const BY_EMAIL = 'query ($e: AWSEmail!, $t: String) { listUsersByEmail(email: $e, limit: 1, nextToken: $t) { items { user_id org_id } nextToken } }';

const put = (table: string, Item: Record<string, unknown>) => gw.doc.send(new PutCommand({ TableName: table, Item }));
const row = async (table: string, Key: Record<string, string>) => (await gw.doc.send(new GetCommand({ TableName: table, Key, ConsistentRead: true }))).Item;

function org(org_id: string, plan_id: string, over: Record<string, unknown> = {}) {
  return {
    org_id, plan_id, org_name: org_id, plan_monthly_limit: 1000, plan_daily_limit: 100, additional_monthly_credits: 10,
    additional_daily_credits: 5, effective_monthly_limit: 1010, effective_daily_limit: 105, current_monthly_usage: 0,
    current_daily_usage: 0, billing_cycle_start: '2025-06-01', status: 'active', created_at: '2025-06-10T10:00:00Z', ...over,
  };
}

/** Every item of a paginated field, following nextToken. */
async function allPages<T>(query: string, vars: Record<string, unknown>, who: Record<string, string>, field: string) {
  const seen: T[] = [];
  let token: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const { body } = await gql(gw.url, query, { ...vars, t: token }, who);
    expect(body.errors).toBeUndefined();
    const conn = body.data?.[field] as { items: T[]; nextToken: string | null };
    seen.push(...conn.items);
    token = conn.nextToken;
    if (!token) break;
  }
  return seen;
}

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['reporting'] });
  const mint = (sub: string, groups: string[], org?: string) =>
    gw.auth.issuer.mintToken({ sub, groups, claims: org ? { 'custom:org_id': org } : {} }).then((t) => ({ authorization: t }));
  platform = await mint('ops-1', ['platform_admin']);
  orgAdmin = await mint('boss-x', ['admin'], 'org-x');
  otherAdmin = await mint('boss-y', ['admin'], 'org-y');
  member = await mint('member-x', [], 'org-x');
  await put(gw.env.TABLE_usagePlans, { plan_id: 'gold', plan_name: 'Gold', monthly_report_limit: 1000, daily_report_limit: 100, price: 50, features: [], status: 'active', created_at: '2025-06-10T10:00:00Z' });
  await Promise.all(Array.from({ length: GOLD_ORGS }, (_, i) => put(gw.env.TABLE_organizations, org(`gold-${i}`, 'gold', { additional_daily_credits: i }))));
  await put(gw.env.TABLE_organizations, org('silver-0', 'silver'));
  await put(gw.env.TABLE_organizations, org('org-x', 'silver', { plan_daily_limit: 20, plan_monthly_limit: 200, additional_daily_credits: 5, additional_monthly_credits: 50 }));
  await put(gw.env.TABLE_organizations, org('org-y', 'silver'));
});
afterAll(async () => gw?.close());

describe('usage plans', () => {
  it('creates a plan for a platform admin, recording who, and refuses a duplicate id', async () => {
    const input = { plan_id: 'bronze', plan_name: 'Bronze', monthly_report_limit: 300, daily_report_limit: 30, price: 9.5, features: ['api_access'] };
    const { body } = await gql(gw.url, CREATE_PLAN, { i: input }, platform);
    expect(body).toEqual({ data: { createUsagePlan: { ...input, status: 'active', updated_by: 'ops-1' } } });
    const again = await gql(gw.url, CREATE_PLAN, { i: { ...input, plan_name: 'Other' } }, platform);
    expect(again.body.errors?.[0]?.errorType).toBe('AlreadyExists');
    expect(await row(gw.env.TABLE_usagePlans, { plan_id: 'bronze' })).toMatchObject({ plan_name: 'Bronze' });
  });

  it('refuses non-platform callers and malformed plans, writing nothing', async () => {
    const good = { plan_id: 'p-bad', plan_name: 'X', monthly_report_limit: 10, daily_report_limit: 1, price: 1, features: [] };
    const cases: [Record<string, unknown>, Record<string, string>, string][] = [
      [good, orgAdmin, 'Unauthorized'],
      [{ ...good, plan_id: 'has space' }, platform, 'ValidationError'],
      [{ ...good, daily_report_limit: -1 }, platform, 'ValidationError'],
      [{ ...good, daily_report_limit: 11 }, platform, 'ValidationError'],
      [{ ...good, status: 'maybe' }, platform, 'ValidationError'],
      [{ ...good, plan_name: ' ' }, platform, 'ValidationError'],
    ];
    for (const [input, who, errorType] of cases) {
      expect((await gql(gw.url, CREATE_PLAN, { i: input }, who)).body.errors?.[0]?.errorType).toBe(errorType);
    }
    expect(await row(gw.env.TABLE_usagePlans, { plan_id: 'p-bad' })).toBeUndefined();
    const update = await gql(gw.url, UPDATE_PLAN, { p: 'gold', i: { daily_report_limit: 5000 } }, platform);
    expect(update.body.errors?.[0]?.errorType).toBe('ValidationError');
    expect((await gql(gw.url, UPDATE_PLAN, { p: 'gold', i: { price: 1 } }, orgAdmin)).body.errors?.[0]?.errorType).toBe('Unauthorized');
    expect((await gql(gw.url, UPDATE_PLAN, { p: 'nope', i: { price: 1 } }, platform)).body.errors?.[0]?.errorType).toBe('NotFound');
    expect(await row(gw.env.TABLE_usagePlans, { plan_id: 'gold' })).toMatchObject({ daily_report_limit: 100, price: 50 });
  });

  it('changes a plan and recomputes the limits of every organisation on it, page by page, recording who', async () => {
    const results: { organizations_updated: number; nextToken: string | null; plan: Record<string, unknown> }[] = [];
    let token: string | null = null;
    for (let call = 0; call < 10; call += 1) {
      const { body } = await gql(gw.url, UPDATE_PLAN, { p: 'gold', i: { daily_report_limit: 200, monthly_report_limit: 2000 }, t: token }, platform);
      expect(body.errors).toBeUndefined();
      const change = body.data?.updateUsagePlan as (typeof results)[number];
      results.push(change);
      token = change.nextToken;
      if (!token) break;
    }
    expect(results.map((r) => r.organizations_updated)).toEqual([50, 5]);
    expect(results[0].plan).toMatchObject({ plan_id: 'gold', daily_report_limit: 200, monthly_report_limit: 2000, updated_by: 'ops-1' });
    for (let i = 0; i < GOLD_ORGS; i += 1) {
      expect(await row(gw.env.TABLE_organizations, { org_id: `gold-${i}` })).toMatchObject({
        plan_daily_limit: 200, plan_monthly_limit: 2000, effective_daily_limit: 200 + i, effective_monthly_limit: 2010, updated_by: 'ops-1',
      });
    }
    expect(await row(gw.env.TABLE_organizations, { org_id: 'silver-0' })).toMatchObject({ plan_daily_limit: 100, effective_daily_limit: 105 });
    const rename = await gql(gw.url, UPDATE_PLAN, { p: 'gold', i: { plan_name: 'Gold 2' } }, platform);
    expect(rename.body.data?.updateUsagePlan).toMatchObject({ plan: { plan_name: 'Gold 2', daily_report_limit: 200 }, organizations_updated: 0, nextToken: null });
  });
});

describe('listOrganizationsByPlan', () => {
  it('pages through the organisations on a plan with their effective limits, for platform admins only', async () => {
    const orgs = await allPages<{ org_id: string; effective_daily_limit: number }>(BY_PLAN, { p: 'silver' }, platform, 'listOrganizationsByPlan');
    expect(orgs.map((o) => o.org_id).sort()).toEqual(['org-x', 'org-y', 'silver-0']);
    expect(orgs.find((o) => o.org_id === 'org-x')?.effective_daily_limit).toBe(25);
    expect((await gql(gw.url, BY_PLAN, { p: 'silver' }, orgAdmin)).body.errors?.[0]?.errorType).toBe('Unauthorized');
  });
});

describe('reporting users', () => {
  const newUser = { user_id: 'x-1', email: 'shared@acme.com', name: 'X One', role: 'member', user_daily_limit: 10, additional_daily_credits: 2 };

  it('creates a user in the admin\'s organisation with effective limits and who did it', async () => {
    const { body } = await gql(gw.url, CREATE_USER, { o: 'org-x', i: newUser }, orgAdmin);
    expect(body.errors).toBeUndefined();
    expect(body.data?.createReportingUser).toMatchObject({
      user_id: 'x-1', org_id: 'org-x', status: 'active', effective_daily_limit: 12, effective_monthly_limit: 250, updated_by: 'boss-x',
    });
    expect((await gql(gw.url, CREATE_USER, { o: 'org-x', i: newUser }, orgAdmin)).body.errors?.[0]?.errorType).toBe('AlreadyExists');
  });

  it('refuses limits above the organisation\'s, bad input, members and other organisations, writing nothing', async () => {
    const cases: [string, Record<string, unknown>, Record<string, string>, string][] = [
      ['org-x', { ...newUser, user_id: 'x-2', user_daily_limit: 24, additional_daily_credits: 2 }, orgAdmin, 'ValidationError'],
      ['org-x', { ...newUser, user_id: 'x-2', additional_monthly_credits: -1 }, orgAdmin, 'ValidationError'],
      ['org-x', { ...newUser, user_id: 'x-2', role: 'owner' }, orgAdmin, 'ValidationError'],
      ['org-x', { ...newUser, user_id: 'x-2' }, member, 'Unauthorized'],
      ['org-x', { ...newUser, user_id: 'x-2' }, otherAdmin, 'Unauthorized'],
      ['org-x', { ...newUser, user_id: 'x-2' }, platform, 'Unauthorized'],
    ];
    for (const [o, input, who, errorType] of cases) {
      expect((await gql(gw.url, CREATE_USER, { o, i: input }, who)).body.errors?.[0]?.errorType).toBe(errorType);
    }
    const over = await gql(gw.url, CREATE_USER, { o: 'org-x', i: { ...newUser, user_id: 'x-2', user_daily_limit: 24 } }, orgAdmin);
    expect(over.body.errors?.[0]?.errorInfo).toEqual({ limit: 'user_daily', value: 26, max: 25 });
    expect(await row(gw.env.TABLE_reportingUsers, { user_id: 'x-2' })).toBeUndefined();
  });

  it('updates limits and credits, recomputing the effective limits; null removes an own limit', async () => {
    const raised = await gql(gw.url, UPDATE_USER, { u: 'x-1', i: { user_daily_limit: 20, additional_daily_credits: 5, user_monthly_limit: 100 } }, orgAdmin);
    expect(raised.body.errors).toBeUndefined();
    expect(raised.body.data?.updateReportingUser).toMatchObject({ user_daily_limit: 20, additional_daily_credits: 5, effective_daily_limit: 25, effective_monthly_limit: 100, updated_by: 'boss-x' });
    const removed = await gql(gw.url, UPDATE_USER, { u: 'x-1', i: { user_monthly_limit: null, status: 'suspended' } }, orgAdmin);
    expect(removed.body.data?.updateReportingUser).toMatchObject({ user_monthly_limit: null, effective_monthly_limit: 250, status: 'suspended' });
    expect(await row(gw.env.TABLE_reportingUsers, { user_id: 'x-1' })).not.toHaveProperty('user_monthly_limit');
  });

  it('refuses updates above the organisation, malformed ones and other callers, changing nothing', async () => {
    const before = await row(gw.env.TABLE_reportingUsers, { user_id: 'x-1' });
    const cases: [string, Record<string, unknown>, Record<string, string>, string][] = [
      ['x-1', { additional_daily_credits: 6 }, orgAdmin, 'ValidationError'],
      ['x-1', { user_daily_limit: -3 }, orgAdmin, 'ValidationError'],
      ['x-1', { status: 'gone' }, orgAdmin, 'ValidationError'],
      ['x-1', { user_daily_limit: 1 }, member, 'Unauthorized'],
      ['x-1', { user_daily_limit: 1 }, otherAdmin, 'Unauthorized'],
      ['nobody', { user_daily_limit: 1 }, orgAdmin, 'Unauthorized'],
    ];
    for (const [u, input, who, errorType] of cases) {
      expect((await gql(gw.url, UPDATE_USER, { u, i: input }, who)).body.errors?.[0]?.errorType).toBe(errorType);
    }
    expect(await row(gw.env.TABLE_reportingUsers, { user_id: 'x-1' })).toEqual(before);
  });
});

describe('listUsersByEmail', () => {
  it('pages through users by e-mail: all for platform admins, their organisation\'s for an admin', async () => {
    await put(gw.env.TABLE_reportingUsers, { user_id: 'y-1', org_id: 'org-y', email: 'shared@acme.com', name: 'Y', role: 'member', status: 'active', created_at: '2025-06-10T10:00:00Z' });
    await put(gw.env.TABLE_reportingUsers, { user_id: 'y-2', org_id: 'org-y', email: 'shared@acme.com', name: 'Y2', role: 'member', status: 'active', created_at: '2025-06-10T10:00:00Z' });
    const all = await allPages<{ user_id: string }>(BY_EMAIL, { e: 'shared@acme.com' }, platform, 'listUsersByEmail');
    expect(all.map((u) => u.user_id).sort()).toEqual(['x-1', 'y-1', 'y-2']);
    const mine = await allPages<{ user_id: string }>(BY_EMAIL, { e: 'shared@acme.com' }, orgAdmin, 'listUsersByEmail');
    expect(mine.map((u) => u.user_id)).toEqual(['x-1']);
    expect((await gql(gw.url, BY_EMAIL, { e: 'shared@acme.com' }, member)).body.errors?.[0]?.errorType).toBe('Unauthorized');
    expect((await gql(gw.url, BY_EMAIL, { e: 'not-an-email' }, platform)).body.errors?.[0]).toBeDefined();
  });
});
