import { afterEach, describe, expect, it, vi } from 'vitest';
import { tableById, tables } from '../../../../infra/model';
import { demoDataSet } from '../../../../infra/local/demo-data/demo-set';
import { F1_LEGACY_ONLY_USERS } from '../../../../infra/local/demo-data/racesim';
import { SEED_ATTRIBUTES } from './seed-attributes';

const anchor = new Date('2026-03-01T00:00:00Z');
const data = demoDataSet({ anchor });
const DAY = 86_400_000;

afterEach(() => vi.restoreAllMocks());

describe('demo data set', () => {
  it('is deterministic for an anchor, and never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    expect(demoDataSet({ anchor })).toEqual(data);
    expect(random).not.toHaveBeenCalled();
    expect(demoDataSet({ anchor: new Date(anchor.getTime() + DAY) }).orders).not.toEqual(data.orders);
  });

  it('has records for every table of the model, and only for those', () => {
    expect(Object.keys(data).sort()).toEqual(tables.map((t) => t.id).sort());
    for (const t of tables) expect(data[t.id].length, t.id).toBeGreaterThan(0);
  });

  it("keys every item with the model's key types, table and index keys alike, without duplicate primary keys", () => {
    for (const table of tables) {
      const primary = new Set<string>();
      for (const item of data[table.id]) {
        const keys = [
          table.partitionKey,
          table.sortKey,
          ...table.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
        ];
        for (const key of keys) {
          if (!key || item[key.name] === undefined) continue;
          expect(typeof item[key.name], `${table.id}.${key.name}`).toBe(key.type === 'N' ? 'number' : 'string');
        }
        expect(item[table.partitionKey.name], `${table.id} partition key`).toBeDefined();
        if (table.sortKey) expect(item[table.sortKey.name], `${table.id} sort key`).toBeDefined();
        primary.add(`${item[table.partitionKey.name]}|${table.sortKey ? item[table.sortKey.name] : ''}`);
      }
      expect(primary.size, `${table.id} unique primary keys`).toBe(data[table.id].length);
    }
  });

  it('carries every attribute the seeds list for each table', () => {
    for (const [id, attributes] of Object.entries(SEED_ATTRIBUTES)) {
      tableById(id);
      for (const attribute of attributes) {
        expect(
          data[id].some((item) => item[attribute] !== undefined),
          `${id}.${attribute}`,
        ).toBe(true);
      }
    }
    expect(Object.keys(SEED_ATTRIBUTES)).toHaveLength(24);
  });

  it("contains the seeds' example records verbatim", () => {
    expect(data.usagePlans).toContainEqual({
      plan_id: 'premium',
      plan_name: 'Premium Plan',
      monthly_report_limit: 1000,
      daily_report_limit: 100,
      price: 99.99,
      features: ['advanced_analytics', 'custom_exports', 'api_access'],
      status: 'active',
      created_at: '2025-06-10T10:00:00Z',
    });
    expect(data.organizations).toContainEqual({
      org_id: 'org_12345',
      plan_id: 'premium',
      org_name: 'Acme Corporation',
      plan_monthly_limit: 1000,
      plan_daily_limit: 100,
      additional_monthly_credits: 500,
      additional_daily_credits: 50,
      effective_monthly_limit: 1500,
      effective_daily_limit: 150,
      current_monthly_usage: 245,
      current_daily_usage: 15,
      billing_cycle_start: '2025-06-01',
      status: 'active',
      created_at: '2025-06-10T10:00:00Z',
      updated_at: '2025-06-10T14:30:00Z',
    });
    expect(data.reportingUsers).toContainEqual({
      user_id: 'user_67890',
      org_id: 'org_12345',
      email: 'john.doe@acme.com',
      name: 'John Doe',
      role: 'admin',
      user_monthly_limit: 150,
      user_daily_limit: 20,
      additional_monthly_credits: 25,
      additional_daily_credits: 5,
      current_monthly_usage: 23,
      current_daily_usage: 3,
      status: 'active',
      cognito_user_id: 'us-east-1_aBcDeFgHi',
      created_at: '2025-06-10T10:00:00Z',
      last_login: '2025-06-10T14:25:00Z',
    });
  });

  it("keeps organisations' effective limits equal to plan limits plus credits", () => {
    for (const org of data.organizations) {
      expect(org.effective_monthly_limit).toBe(
        (org.plan_monthly_limit as number) + (org.additional_monthly_credits as number),
      );
      expect(org.effective_daily_limit).toBe(
        (org.plan_daily_limit as number) + (org.additional_daily_credits as number),
      );
    }
  });

  it('has storefront users of every role, with E.164 +91 phones; owners carry tenant_id and cognito_sub', () => {
    const users = data.storeUsers;
    for (const role of ['SUPER_ADMIN', 'BUSINESS_OWNER', 'DELIVERY_AGENT', 'CUSTOMER']) {
      expect(users.filter((u) => u.role === role).length, role).toBeGreaterThan(0);
    }
    for (const u of users) expect(u.phone).toMatch(/^\+91[6-9]\d{9}$/);
    const tenantIds = data.tenants.map((t) => t.tenant_id);
    for (const owner of users.filter((u) => u.role === 'BUSINESS_OWNER')) {
      expect(tenantIds).toContain(owner.tenant_id);
      expect(owner.cognito_sub).toMatch(/^[0-9a-f-]{36}$/);
    }
    for (const t of data.tenants)
      expect(t.store_count).toBe(data.stores.filter((s) => s.tenant_id === t.tenant_id).length);
  });

  it('has hundreds of orders across every status over weeks, one store with more than 100', () => {
    const orders = data.orders;
    expect(orders.length).toBeGreaterThanOrEqual(300);
    const statuses = new Set(orders.map((o) => o.status));
    expect([...statuses].sort()).toEqual([
      'CANCELLED',
      'CONFIRMED',
      'DELIVERED',
      'OUT_FOR_DELIVERY',
      'PENDING_PAYMENT',
      'PREPARING',
    ]);
    const times = orders.map((o) => Date.parse(o.created_at as string));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(21 * DAY);
    expect(Math.max(...times)).toBeLessThanOrEqual(anchor.getTime());
    expect(orders.filter((o) => o.store_id === 'store_001').length).toBeGreaterThan(100);
    for (const o of orders) expect(o.total_amount).toBeCloseTo((o.subtotal as number) + (o.delivery_fee as number), 2);
    const onRoad = orders.filter((o) => o.status === 'OUT_FOR_DELIVERY');
    for (const o of onRoad) {
      const delivery = data.deliveries.find((d) => d.order_id === o.order_id);
      expect(delivery?.agent_id).toBe(o.delivery_agent_id);
      expect(delivery?.last_location).toMatchObject({ lat: expect.any(Number), lng: expect.any(Number) });
    }
  });

  it('has F1 users found only in the legacy table', () => {
    expect(F1_LEGACY_ONLY_USERS.length).toBeGreaterThan(0);
    for (const userId of F1_LEGACY_ONLY_USERS) {
      expect(data.f1StrategyMetadata.some((m) => m.user_id === userId && m.type === 'user_profile')).toBe(true);
      expect(data.f1Subscriptions.some((s) => s.user_id === userId)).toBe(false);
    }
  });

  it('has Flow Logic users in every tier, one active plan per Basic+ user, task keys and consistent streaks', () => {
    expect(new Set(data.flowUsers.map((u) => u.tier))).toEqual(new Set(['free', 'basic', 'pro', 'proplus']));
    for (const plan of data.flowPlans) {
      expect(plan.active_user_id).toBe(plan.is_active ? plan.user_id : undefined);
    }
    const active = data.flowPlans.filter((p) => p.is_active).map((p) => p.user_id);
    expect(new Set(active).size).toBe(active.length);
    expect(active.length).toBe(data.flowUsers.filter((u) => u.tier !== 'free').length);
    for (const t of data.flowCalendarTasks) expect(t.task_key).toBe(`${t.task_date}#${t.task_id}`);
    for (const p of data.flowProgress) {
      const pct = p.completion_percentage as number;
      expect(p.streak_points).toBe(pct === 100 ? 2 : pct >= 70 ? 1 : 0);
    }
    expect(Math.max(...data.flowProgress.map((p) => p.streak as number))).toBeGreaterThan(1);
    expect(data.flowMigrations.map((m) => m.version)).toEqual(['001', '002', '003']);
  });

  it('has pending billing hot events with a TTL and no processed_at', () => {
    for (const e of data.usageHotEvents) {
      expect(e.pending_shard).toMatch(/^shard-\d$/);
      expect(e.processed_at).toBeUndefined();
      expect(e.expires_at as number).toBeGreaterThan((e.ingested_at as number) / 1000);
    }
    expect(new Set(data.usageHotEvents.map((e) => e.organisation_id)).size).toBeGreaterThan(1);
  });
});
