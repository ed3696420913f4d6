// consumeReport through the local endpoint over real HTTP: atomic limits under concurrency, window rollover with an
// injected clock, suspended and cross-organisation callers refused.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../support/demo-gateway';
import { inBatches } from '../../support/concurrency';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';

let gw: RepoGateway;
const CONSUME = 'mutation { consumeReport { user_daily_usage user_monthly_usage org_daily_usage org_monthly_usage } }';

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['reporting'] });
});
afterAll(async () => gw?.close());

const today = () => new Date(Date.now() + gw.clock.offsetMs).toISOString().slice(0, 10);

async function seedOrg(org_id: string, over: Record<string, unknown> = {}) {
  await gw.doc.send(new PutCommand({
    TableName: gw.env.TABLE_organizations,
    Item: {
      org_id, plan_id: 'premium', org_name: 'Acme', plan_monthly_limit: 1000, plan_daily_limit: 100,
      additional_monthly_credits: 500, additional_daily_credits: 50, effective_monthly_limit: 1500, effective_daily_limit: 150,
      current_monthly_usage: 0, current_daily_usage: 0, billing_cycle_start: '2025-06-01', status: 'active',
      created_at: '2025-06-10T10:00:00Z', ...over,
    },
  }));
}

async function seedUser(user_id: string, org_id: string, over: Record<string, unknown> = {}) {
  await gw.doc.send(new PutCommand({
    TableName: gw.env.TABLE_reportingUsers,
    Item: { user_id, org_id, email: `${user_id}@acme.com`, name: user_id, role: 'member', status: 'active', created_at: '2025-06-10T10:00:00Z', ...over },
  }));
}

async function tokenFor(sub: string, org: string) {
  return gw.auth.issuer.mintToken({ sub, claims: { 'custom:org_id': org }, expiresInSeconds: 10 * 86400 });
}

/** One consumption as a client would do it: retried while the API answers TransactionConflict (bounded). */
async function consume(token: string): Promise<{ ok: boolean; errorType?: string; errorInfo?: unknown }> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { body } = await gql(gw.url, CONSUME, {}, { authorization: token });
    const error = body.errors?.[0] as { errorType?: string; errorInfo?: unknown } | undefined;
    if (!error) return { ok: true };
    if (error.errorType !== 'TransactionConflict') return { ok: false, errorType: error.errorType, errorInfo: error.errorInfo };
  }
  return { ok: false, errorType: 'GaveUp' };
}

async function row(table: string, key: Record<string, string>) {
  return (await gw.doc.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item as Record<string, unknown>;
}

describe('consumeReport', () => {
  it('lets exactly 150 of 1,000 concurrent consumptions through an org daily limit of 150', async () => {
    await seedOrg('org-conc');
    await seedUser('u-conc', 'org-conc');
    const token = await tokenFor('u-conc', 'org-conc');
    const results = await inBatches(1000, 100, () => consume(token));
    expect(results.filter((r) => r.ok)).toHaveLength(150);
    const refused = results.filter((r) => !r.ok);
    expect(new Set(refused.map((r) => r.errorType))).toEqual(new Set(['QuotaExceeded']));
    expect(refused[0].errorInfo).toMatchObject({ limit: 'user_daily', value: 150, usage: 150 });
    const org = await row(gw.env.TABLE_organizations, { org_id: 'org-conc' });
    const user = await row(gw.env.TABLE_reportingUsers, { user_id: 'u-conc' });
    expect([org.current_daily_usage, org.current_monthly_usage, user.current_daily_usage]).toEqual([150, 150, 150]);
  }, 60_000);

  it('caps a user by their own limit plus credits, and reports when it resets', async () => {
    await seedOrg('org-own');
    await seedUser('u-own', 'org-own', { user_daily_limit: 2, additional_daily_credits: 1 });
    const token = await tokenFor('u-own', 'org-own');
    const results = await inBatches(5, 5, () => consume(token));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const refusal = results.find((r) => !r.ok);
    const tomorrow = new Date(Date.now() + gw.clock.offsetMs + 86400000).toISOString().slice(0, 10);
    expect(refusal).toMatchObject({ errorType: 'QuotaExceeded', errorInfo: { limit: 'user_daily', value: 3, usage: 3, resetsAt: `${tomorrow}T00:00:00Z` } });
  });

  it('starts a new day exactly once when concurrent calls cross the boundary', async () => {
    await seedOrg('org-roll');
    await seedUser('u-roll', 'org-roll', { user_daily_limit: 5 });
    const token = await tokenFor('u-roll', 'org-roll');
    await inBatches(5, 5, () => consume(token));
    expect((await consume(token)).errorType).toBe('QuotaExceeded');
    gw.clock.offsetMs += 86400000;
    const results = await inBatches(20, 20, () => consume(token));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const user = await row(gw.env.TABLE_reportingUsers, { user_id: 'u-roll' });
    expect(user).toMatchObject({ current_daily_usage: 5, usage_day: today(), current_monthly_usage: 10 });
    const org = await row(gw.env.TABLE_organizations, { org_id: 'org-roll' });
    expect(org).toMatchObject({ current_daily_usage: 5, current_monthly_usage: 10 });
  });

  it('refuses a suspended user or organisation and changes nothing', async () => {
    await seedOrg('org-susp', { status: 'suspended' });
    await seedUser('u-susp', 'org-susp');
    await seedOrg('org-ok');
    await seedUser('u-susp2', 'org-ok', { status: 'suspended' });
    expect(await consume(await tokenFor('u-susp', 'org-susp'))).toMatchObject({ ok: false, errorType: 'Suspended' });
    expect(await consume(await tokenFor('u-susp2', 'org-ok'))).toMatchObject({ ok: false, errorType: 'Suspended' });
    expect((await row(gw.env.TABLE_organizations, { org_id: 'org-susp' })).current_daily_usage).toBe(0);
    expect((await row(gw.env.TABLE_reportingUsers, { user_id: 'u-susp2' })).current_daily_usage).toBeUndefined();
  });

  it('refuses an unknown user and a token claiming another organisation', async () => {
    await seedOrg('org-x');
    await seedUser('u-x', 'org-x');
    expect(await consume(await tokenFor('nobody', 'org-x'))).toMatchObject({ ok: false, errorType: 'Unauthorized' });
    expect(await consume(await tokenFor('u-x', 'org-other'))).toMatchObject({ ok: false, errorType: 'Unauthorized' });
    expect((await row(gw.env.TABLE_reportingUsers, { user_id: 'u-x' })).current_daily_usage).toBeUndefined();
  });
});

describe('getOrganization', () => {
  it('serves members their organisation with effective limits, and refuses other organisations', async () => {
    await seedOrg('org-read', { plan_daily_limit: 10, additional_daily_credits: 4 });
    const token = await tokenFor('reader', 'org-read');
    const own = await gql(gw.url, 'query { getOrganization(org_id: "org-read") { org_id effective_daily_limit effective_monthly_limit } }', {}, { authorization: token });
    expect(own.body).toEqual({ data: { getOrganization: { org_id: 'org-read', effective_daily_limit: 14, effective_monthly_limit: 1500 } } });
    const other = await gql(gw.url, 'query { getOrganization(org_id: "org-conc") { org_id } }', {}, { authorization: token });
    expect(other.body.data).toEqual({ getOrganization: null });
    expect(other.body.errors?.[0]?.errorType).toBe('Unauthorized');
  });
});
