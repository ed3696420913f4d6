// The Flow Logic Stripe webhook on DynamoDB Local: signatures (valid, wrong, tampered, expired beyond the tolerance:
// nothing written), created -> updated -> deleted with the tier following, payment failures, the price -> tier
// configuration, and the property that any delivery order with any repetitions (sequential or concurrent) ends in the
// state of one in-order delivery. No log line names a user id or an e-mail.
import { randomBytes } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stripeWebhook, webhookSecretsOf, type StripeWebhookAnswer, type StripeWebhookOptions } from '../../../functions/flowlogic/stripe-webhook';
import { parsePriceTiers } from '../../../functions/flowlogic/stripe-tiers';
import { createTables } from '../../../infra/local/dynamodb/create-tables';
import { physicalName, tableById } from '../../../infra/model';
import { testDynamoClient } from '../../support/dynamodb';
import { paymentFailedEvent, PREVIOUS_SECRET, PRICE_TIERS, SECRET, signed, subscriptionEvent, type StripeEvent } from './stripe-fixtures';

const client = testDynamoClient();
const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
const stage = `t${randomBytes(3).toString('hex')}`;
const tables = { users: physicalName(tableById('flowUsers'), stage), subscriptions: physicalName(tableById('flowSubscriptions'), stage) };
const logs: string[] = [];
const clock = { ms: Date.UTC(2026, 4, 1, 12) };
const nowSeconds = () => Math.floor(clock.ms / 1000);
/** Event times: a few days before the clock. */
const T = nowSeconds() - 3 * 86400;
const iso = (s: number) => new Date(s * 1000).toISOString();

const options = (extra: Partial<StripeWebhookOptions> = {}): StripeWebhookOptions => ({
  doc, tables, secrets: [SECRET, PREVIOUS_SECRET], priceTiers: PRICE_TIERS, now: () => clock.ms, log: (line) => void logs.push(line), ...extra,
});
const handle = stripeWebhook(options());
const deliver = (e: StripeEvent, at = nowSeconds()): Promise<StripeWebhookAnswer> => handle(signed(e, at));

beforeAll(async () => {
  await createTables(client, { stage, tables: [tableById('flowUsers'), tableById('flowSubscriptions')] });
});
afterAll(() => client.destroy());

let counter = 0;
/** A registered Flow Logic user (free tier), as registerFlowUser leaves one. */
async function registerUser(): Promise<string> {
  counter += 1;
  const userId = `stripe-user-${randomBytes(4).toString('hex')}-${counter}`;
  const at = iso(T - 86400);
  await doc.send(new PutCommand({
    TableName: tables.users,
    Item: { user_id: userId, email: `${userId}@stripe.test`, tier: 'free', wellness_disclaimer_accepted: true, wellness_disclaimer_accepted_at: at, created_at: at, updated_at: at, last_login_at: at },
  }));
  return userId;
}
const user = async (userId: string) => (await doc.send(new GetCommand({ TableName: tables.users, Key: { user_id: userId }, ConsistentRead: true }))).Item!;
const rowsOf = async (userId: string) =>
  (await doc.send(new QueryCommand({ TableName: tables.subscriptions, KeyConditionExpression: 'user_id = :u', ExpressionAttributeValues: { ':u': userId }, ConsistentRead: true }))).Items ?? [];
const rowOf = async (userId: string, subscriptionId: string) => (await rowsOf(userId)).find((r) => r.subscription_id === subscriptionId);

/** What the sync decides: the user's subscription rows (whole items) and tier. */
const stateOf = async (userId: string) => ({ rows: await rowsOf(userId), tier: (await user(userId)).tier });

/** The seed's attributes of a subscription row (canceled_at optional). */
const SEED_ATTRIBUTES = ['user_id', 'subscription_id', 'stripe_customer_id', 'tier', 'status', 'current_period_start', 'current_period_end', 'cancel_at_period_end', 'created_at', 'updated_at'];
const BOOKKEEPING = ['stripe_status', 'stripe_version', 'stripe_payment_failed_version'];

/**
 * Delivers as Stripe does: every event until it is accepted (2xx), the refused ones again after the others, until a
 * round accepts none. Returns the events never accepted.
 */
async function deliverUntilAccepted(events: readonly StripeEvent[], concurrent = false): Promise<StripeEvent[]> {
  let queue = [...events];
  for (let round = 0; round < 20 && queue.length > 0; round += 1) {
    const answers = concurrent ? await Promise.all(queue.map((e) => deliver(e))) : [];
    if (!concurrent) for (const e of queue) answers.push(await deliver(e));
    const refused = queue.filter((_, i) => answers[i].status >= 300);
    if (refused.length === queue.length) return refused;
    queue = refused;
  }
  return queue;
}

describe('Stripe-Signature', () => {
  it('applies a correctly signed event, with the current or the previous secret', async () => {
    const u = await registerUser();
    const first = await handle(signed(subscriptionEvent('evt_sig_1', 'created', T, { id: 'sub_sig_1', customer: 'cus_sig', userId: u }), nowSeconds()));
    expect(first).toEqual({ status: 200, body: { ok: true, outcome: 'applied' } });
    const second = await handle(signed(subscriptionEvent('evt_sig_2', 'created', T, { id: 'sub_sig_2', customer: 'cus_sig', userId: u }), nowSeconds(), PREVIOUS_SECRET));
    expect(second.body.outcome).toBe('applied');
    expect((await rowsOf(u)).map((r) => r.subscription_id).sort()).toEqual(['sub_sig_1', 'sub_sig_2']);
  });

  it('refuses a wrong secret, a tampered body, a missing or garbled header with 401 and writes nothing', async () => {
    const u = await registerUser();
    const before = await user(u);
    const e = subscriptionEvent('evt_bad', 'created', T, { id: 'sub_bad', customer: 'cus_bad', userId: u });
    const good = signed(e, nowSeconds());
    const attempts = [
      signed(e, nowSeconds(), 'whsec_someone_else'),
      { rawBody: Buffer.from(good.rawBody.toString().replace('"active"', '"trialing"')), signature: good.signature },
      { rawBody: good.rawBody, signature: undefined },
      { rawBody: good.rawBody, signature: 't=abc,v1=' },
      { rawBody: good.rawBody, signature: good.signature.slice(0, -1) + (good.signature.endsWith('0') ? '1' : '0') },
    ];
    for (const request of attempts) {
      const answer = await handle(request);
      expect(answer).toEqual({ status: 401, body: { ok: false, error: 'invalid signature' } });
    }
    expect(await rowsOf(u)).toEqual([]);
    expect(await user(u)).toEqual(before);
  });

  it('refuses a signature older than the tolerance (300 s by default, on the injected clock) and writes nothing', async () => {
    const u = await registerUser();
    const e = subscriptionEvent('evt_old', 'created', T, { id: 'sub_old', customer: 'cus_old', userId: u });
    expect((await deliver(e, nowSeconds() - 301)).status).toBe(401);
    expect(await rowsOf(u)).toEqual([]);
    expect((await user(u)).stripe_sync_version).toBeUndefined();
    expect(logs).toContain('stripe webhook: signature rejected (expired)');
    // At the limit it is still accepted; a handler with a shorter tolerance refuses it.
    const strict = stripeWebhook(options({ toleranceSeconds: 10 }));
    expect((await strict(signed(e, nowSeconds() - 11))).status).toBe(401);
    expect(await rowsOf(u)).toEqual([]);
    expect((await deliver(e, nowSeconds() - 300)).body.outcome).toBe('applied');
  });

  it('never logs or answers the library message (it quotes the end of our secret)', async () => {
    const e = subscriptionEvent('evt_quiet', 'created', T, { id: 'sub_quiet', customer: 'cus_quiet' });
    const payload = JSON.stringify(e);
    // A header with Stripe's diagnostic metadata makes the library describe our secret in its error message.
    const header = `${signed(payload, nowSeconds(), 'whsec_other').signature},secret=whsec_*****************1234`;
    const answer = await handle({ rawBody: Buffer.from(payload), signature: header });
    expect(answer.status).toBe(401);
    for (const text of [...logs, JSON.stringify(answer)]) expect(text).not.toContain(SECRET.slice(-4));
  });

  it('answers 400 for a signed body that is not JSON or not a Stripe event, 503 without secrets', async () => {
    expect((await handle(signed('not json', nowSeconds()))).status).toBe(400);
    expect((await handle(signed(JSON.stringify({ id: 'evt_x', object: 'event' }), nowSeconds()))).status).toBe(400);
    const notASubscription = subscriptionEvent('evt_shape', 'updated', T, { id: 'sub_shape', customer: 'cus_shape' });
    notASubscription.data.object.object = 'customer';
    expect((await deliver(notASubscription)).status).toBe(400);
    const unconfigured = stripeWebhook(options({ secrets: [] }));
    expect((await unconfigured(signed(notASubscription, nowSeconds()))).status).toBe(503);
  });

  it('reads secrets as a comma-separated list or as the Secrets Manager JSON', () => {
    expect(webhookSecretsOf(' whsec_a , whsec_b,')).toEqual(['whsec_a', 'whsec_b']);
    expect(webhookSecretsOf('{"webhook_secrets": ["whsec_a", "", "whsec_b"]}')).toEqual(['whsec_a', 'whsec_b']);
    expect(webhookSecretsOf(undefined)).toEqual([]);
    expect(() => webhookSecretsOf('{nope')).toThrow(/neither/);
  });
});

describe('a subscription from created to deleted', () => {
  it('keeps the row in the seed attributes and the tier in step, in order', async () => {
    const u = await registerUser();
    const s = { id: 'sub_life', customer: 'cus_life', userId: u, created: T };
    expect((await deliver(subscriptionEvent('evt_life_1', 'created', T, s))).body.outcome).toBe('applied');
    const created = (await rowOf(u, 'sub_life'))!;
    expect(created).toMatchObject({
      user_id: u, subscription_id: 'sub_life', stripe_customer_id: 'cus_life', tier: 'pro', status: 'active',
      current_period_start: iso(T), current_period_end: iso(T + 30 * 86400), cancel_at_period_end: false, created_at: iso(T), updated_at: iso(T),
      stripe_status: 'active',
    });
    expect(Object.keys(created).filter((k) => !BOOKKEEPING.includes(k)).sort()).toEqual([...SEED_ATTRIBUTES].sort());
    const registered = await user(u);
    expect(registered.tier).toBe('pro');
    expect(Date.parse(registered.updated_at)).toBe(clock.ms);

    // Upgraded to Pro+ (price metadata tier) and set to cancel at the period's end.
    await deliver(subscriptionEvent('evt_life_2', 'updated', T + 60, { ...s, price: 'price_plus', cancelAtPeriodEnd: true, canceledAt: T + 60 }));
    expect(await rowOf(u, 'sub_life')).toMatchObject({ tier: 'proplus', status: 'active', cancel_at_period_end: true, canceled_at: iso(T + 60), updated_at: iso(T + 60), created_at: iso(T) });
    expect((await user(u)).tier).toBe('proplus');

    await deliver(subscriptionEvent('evt_life_3', 'deleted', T + 120, { ...s, price: 'price_plus', status: 'canceled', cancelAtPeriodEnd: true, canceledAt: T + 60 }));
    const deleted = await rowOf(u, 'sub_life');
    expect(deleted).toMatchObject({ status: 'canceled', stripe_status: 'canceled', updated_at: iso(T + 120) });
    expect((await user(u)).tier).toBe('free');

    // A late update (older than the deletion), and even a newer one claiming it runs again, change nothing.
    expect((await deliver(subscriptionEvent('evt_life_late', 'updated', T + 90, { ...s, price: 'price_plus' }))).body.outcome).toBe('stale');
    expect((await deliver(subscriptionEvent('evt_life_after', 'updated', T + 500, s))).body.outcome).toBe('stale');
    expect(await rowOf(u, 'sub_life')).toEqual(deleted);
    expect((await user(u)).tier).toBe('free');
  });

  it('writes nothing for an event delivered again', async () => {
    const u = await registerUser();
    const e = subscriptionEvent('evt_again', 'created', T, { id: 'sub_again', customer: 'cus_again', userId: u });
    await deliver(e);
    const once = await stateOf(u);
    const counter = (await user(u)).stripe_sync_version;
    for (let i = 0; i < 3; i += 1) expect((await deliver(e)).body).toEqual({ ok: true, outcome: 'duplicate' });
    expect(await stateOf(u)).toEqual(once);
    expect((await user(u)).stripe_sync_version).toBe(counter);
  });

  it('gives the user the highest tier of their running subscriptions', async () => {
    const u = await registerUser();
    await deliver(subscriptionEvent('evt_two_1', 'created', T, { id: 'sub_two_basic', customer: 'cus_two', userId: u, price: 'price_basic_monthly' }));
    expect((await user(u)).tier).toBe('basic');
    await deliver(subscriptionEvent('evt_two_2', 'created', T + 1, { id: 'sub_two_pro', customer: 'cus_two', userId: u }));
    expect((await user(u)).tier).toBe('pro');
    // Deleted (even with a snapshot that does not say canceled): over, and the other subscription's tier remains.
    await deliver(subscriptionEvent('evt_two_3', 'deleted', T + 2, { id: 'sub_two_pro', customer: 'cus_two', userId: u }));
    expect(await rowOf(u, 'sub_two_pro')).toMatchObject({ status: 'canceled', stripe_status: 'canceled' });
    expect((await user(u)).tier).toBe('basic');
  });

  it('never computes the tier from rows another event changed meanwhile (the user counter)', async () => {
    const u = await registerUser();
    // Event A reads (no rows yet: tier basic), then waits before its transaction until event B has written Pro.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let paused = false;
    const gated = {
      send: async (command: unknown) => {
        if (command instanceof TransactWriteCommand && !paused) {
          paused = true;
          await gate;
        }
        return doc.send(command as never);
      },
    } as unknown as DynamoDBDocumentClient;
    const slow = stripeWebhook(options({ doc: gated }));
    const a = slow(signed(subscriptionEvent('evt_race_a', 'created', T, { id: 'sub_race_a', customer: 'cus_race', userId: u, price: 'price_basic_monthly' }), nowSeconds()));
    await vi.waitFor(() => expect(paused).toBe(true));
    expect((await deliver(subscriptionEvent('evt_race_b', 'created', T, { id: 'sub_race_b', customer: 'cus_race', userId: u }))).body.outcome).toBe('applied');
    release();
    expect((await a).body.outcome).toBe('applied');
    expect((await rowsOf(u)).map((r) => r.subscription_id).sort()).toEqual(['sub_race_a', 'sub_race_b']);
    expect((await user(u)).tier).toBe('pro');
  });

  it('maps Stripe statuses to the seed statuses, granting the tier only while Stripe collects', async () => {
    const expected: [string, string, string][] = [
      ['trialing', 'active', 'pro'], ['past_due', 'past_due', 'pro'], ['unpaid', 'past_due', 'free'],
      ['incomplete', 'past_due', 'free'], ['incomplete_expired', 'expired', 'free'], ['paused', 'expired', 'free'],
    ];
    for (const [stripeStatus, status, tier] of expected) {
      const u = await registerUser();
      await deliver(subscriptionEvent(`evt_st_${stripeStatus}`, 'updated', T, { id: `sub_st_${stripeStatus}`, customer: 'cus_st', userId: u, status: stripeStatus }));
      expect({ stripeStatus, status: (await rowOf(u, `sub_st_${stripeStatus}`))!.status, tier: (await user(u)).tier }).toEqual({ stripeStatus, status, tier });
    }
  });
});

describe('invoice.payment_failed', () => {
  it('marks the subscription past_due (the tier stays while Stripe retries) until a newer update', async () => {
    const u = await registerUser();
    const s = { id: 'sub_pf', customer: 'cus_pf', userId: u };
    await deliver(subscriptionEvent('evt_pf_1', 'created', T, s));
    expect((await deliver(paymentFailedEvent('evt_pf_2', T + 10, { subscription: 'sub_pf', customer: 'cus_pf', userId: u }))).body.outcome).toBe('applied');
    expect(await rowOf(u, 'sub_pf')).toMatchObject({ status: 'past_due', stripe_status: 'active', updated_at: iso(T + 10) });
    expect((await user(u)).tier).toBe('pro');

    // The same failure again, and an older one, change nothing.
    expect((await deliver(paymentFailedEvent('evt_pf_2', T + 10, { subscription: 'sub_pf', customer: 'cus_pf', userId: u }))).body.outcome).toBe('duplicate');
    expect((await deliver(paymentFailedEvent('evt_pf_0', T + 5, { subscription: 'sub_pf', customer: 'cus_pf', userId: u }))).body.outcome).toBe('stale');

    // The retried payment succeeds: Stripe's next update says active.
    await deliver(subscriptionEvent('evt_pf_3', 'updated', T + 20, s));
    expect(await rowOf(u, 'sub_pf')).toMatchObject({ status: 'active', updated_at: iso(T + 20) });
  });

  it('finds the subscription without metadata through its customer, and asks for a retry (409) before it is stored', async () => {
    const u = await registerUser();
    const failure = paymentFailedEvent('evt_pf_early', T + 10, { subscription: 'sub_pf_early', customer: 'cus_pf_early' });
    expect((await deliver(failure)).status).toBe(409);
    expect(await rowsOf(u)).toEqual([]);
    await deliver(subscriptionEvent('evt_pf_early_created', 'created', T, { id: 'sub_pf_early', customer: 'cus_pf_early', userId: u }));
    expect((await deliver(failure)).body.outcome).toBe('applied');
    expect((await rowOf(u, 'sub_pf_early'))!.status).toBe('past_due');
  });

  it('ignores the failure of an invoice that bills no subscription', async () => {
    const e = paymentFailedEvent('evt_pf_oneoff', T, { subscription: '', customer: 'cus_oneoff' });
    expect((await deliver(e)).body).toEqual({ ok: true, outcome: 'ignored' });
  });
});

describe('what the sync ignores or refuses', () => {
  it('answers 200 and writes nothing for an event type it does not handle', async () => {
    const u = await registerUser();
    const e = subscriptionEvent('evt_trial', 'updated', T, { id: 'sub_trial', customer: 'cus_trial', userId: u });
    e.type = 'customer.subscription.trial_will_end';
    expect((await deliver(e)).body).toEqual({ ok: true, outcome: 'ignored' });
    expect(await rowsOf(u)).toEqual([]);
  });

  it('refuses a subscription whose prices map to no tier with 422 (retried once configured), writing nothing', async () => {
    const u = await registerUser();
    const e = subscriptionEvent('evt_unmapped', 'created', T, { id: 'sub_unmapped', customer: 'cus_unmapped', userId: u, price: 'price_unknown' });
    const answer = await deliver(e);
    expect(answer.status).toBe(422);
    expect(answer.body.error).toContain('price_unknown');
    expect(await rowsOf(u)).toEqual([]);
    const configured = stripeWebhook(options({ priceTiers: { price_unknown: 'basic' } }));
    expect((await configured(signed(e, nowSeconds()))).body.outcome).toBe('applied');
    expect((await user(u)).tier).toBe('basic');
  });

  it('validates STRIPE_PRICE_TIERS', () => {
    expect(parsePriceTiers('{"price_1": "pro", "prod_2": "proplus"}')).toEqual({ price_1: 'pro', prod_2: 'proplus' });
    expect(parsePriceTiers(undefined)).toEqual({});
    expect(() => parsePriceTiers('{"price_1": "free"}')).toThrow(/price_1 maps to "free"/);
    expect(() => parsePriceTiers('[1]')).toThrow(/JSON object/);
  });

  it('ignores a subscription of nobody it knows, and never creates a user', async () => {
    const unknown = `stripe-user-unregistered-${randomBytes(3).toString('hex')}`;
    for (const [id, userId] of [['evt_nouser_1', unknown], ['evt_nouser_2', 'email#someone@stripe.test'], ['evt_nouser_3', undefined]] as const) {
      const answer = await deliver(subscriptionEvent(id, 'created', T, { id: `sub_${id}`, customer: `cus_${id}`, userId }));
      expect(answer.body).toEqual({ ok: true, outcome: 'ignored' });
    }
    expect((await doc.send(new GetCommand({ TableName: tables.users, Key: { user_id: unknown } }))).Item).toBeUndefined();
    expect(await rowsOf(unknown)).toEqual([]);
  });

  it('finds the user of a later event without metadata through a stored row of its customer', async () => {
    const u = await registerUser();
    await deliver(subscriptionEvent('evt_cust_1', 'created', T, { id: 'sub_cust', customer: 'cus_known', userId: u }));
    await deliver(subscriptionEvent('evt_cust_2', 'updated', T + 5, { id: 'sub_cust', customer: 'cus_known', price: 'price_basic_monthly' }));
    expect((await rowOf(u, 'sub_cust'))!.tier).toBe('basic');
    expect((await user(u)).tier).toBe('basic');
  });
});

describe('any order, any repetition', () => {
  /** A subscription's life: created, updated twice in one second, failed, renewed, canceled at the period's end, deleted. */
  const history = (u: string, sub: string): StripeEvent[] => {
    const s = { id: sub, customer: `cus_${sub}`, userId: u, created: T };
    return [
      subscriptionEvent(`evt_${sub}_1`, 'created', T, { ...s, status: 'incomplete' }),
      subscriptionEvent(`evt_${sub}_2`, 'updated', T, s),
      subscriptionEvent(`evt_${sub}_3`, 'updated', T + 30, { ...s, price: 'price_plus' }),
      subscriptionEvent(`evt_${sub}_4`, 'updated', T + 30, { ...s, price: 'price_basic_monthly' }),
      paymentFailedEvent(`evt_${sub}_5`, T + 60, { subscription: sub, customer: `cus_${sub}`, userId: u }),
      subscriptionEvent(`evt_${sub}_6`, 'updated', T + 60, { ...s, price: 'price_plus', status: 'past_due' }),
      subscriptionEvent(`evt_${sub}_7`, 'updated', T + 90, { ...s, price: 'price_plus', periodStart: T + 90, cancelAtPeriodEnd: true, canceledAt: T + 90 }),
      paymentFailedEvent(`evt_${sub}_8`, T + 100, { subscription: sub, customer: `cus_${sub}` }),
      subscriptionEvent(`evt_${sub}_9`, 'deleted', T + 120, { ...s, price: 'price_plus', status: 'canceled', periodStart: T + 90, cancelAtPeriodEnd: true, canceledAt: T + 90 }),
    ];
  };
  let runs = 0;
  /** A fresh user and subscription (customer ids must be unique: a failure without metadata is found by its customer). */
  async function fresh() {
    runs += 1;
    const u = await registerUser();
    return { u, sub: `sub_run${runs}`, events: history(u, `sub_run${runs}`) };
  }
  /** The state with this run's user and subscription ids replaced, to compare runs. */
  const normalized = async (run: { u: string; sub: string }) => JSON.parse(JSON.stringify(await stateOf(run.u)).split(run.u).join('<user>').split(run.sub).join('<sub>'));
  const onlyFailures = (chosen: readonly number[]) => chosen.every((i) => i === 4 || i === 7);
  /** The state after `chosen` events of the history (by index), each delivered once, in order. */
  async function reference(chosen: readonly number[]) {
    const run = await fresh();
    const refused = await deliverUntilAccepted([...chosen].sort((a, b) => a - b).map((i) => run.events[i]));
    // Only failures of a subscription never stored stay refused (409), as Stripe would retry them for days.
    expect(refused.length).toBe(onlyFailures(chosen) ? chosen.length : 0);
    return normalized(run);
  }

  it('ends the whole history, replayed 3x or shuffled, in the in-order state', async () => {
    const expected = await reference([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(expected.tier).toBe('free');
    expect(expected.rows).toEqual([expect.objectContaining({ status: 'canceled', tier: 'proplus', updated_at: iso(T + 120), stripe_payment_failed_version: expect.stringContaining('evt_<sub>_8') })]);

    const replayed = await fresh();
    expect(await deliverUntilAccepted([...replayed.events, ...replayed.events, ...replayed.events])).toEqual([]);
    expect(await normalized(replayed)).toEqual(expected);

    const reversed = await fresh();
    expect(await deliverUntilAccepted([...reversed.events].reverse())).toEqual([]);
    expect(await normalized(reversed)).toEqual(expected);
  });

  it('settles events of one second the same whichever arrives first (created < updated < deleted, then event id)', async () => {
    for (const chosen of [[2, 3], [0, 1], [1, 0]]) {
      const expected = await reference(chosen);
      const run = await fresh();
      expect(await deliverUntilAccepted([...chosen].reverse().map((i) => run.events[i]))).toEqual([]);
      expect(await normalized(run)).toEqual(expected);
    }
    // Of two updates in one second the greater event id wins: evt_..._4 (basic) over evt_..._3 (Pro+).
    expect((await reference([3, 2])).rows[0]).toMatchObject({ tier: 'basic' });
    // Created and updated in one second (incomplete, then paid): the update wins in either order.
    expect((await reference([1, 0])).rows[0]).toMatchObject({ status: 'active', stripe_status: 'active' });
    // ... by its type, not its id: here the created event's id sorts last.
    for (const order of ['created first', 'updated first']) {
      const u = await registerUser();
      const s = { id: `sub_rank_${order[0]}`, customer: `cus_rank_${order[0]}`, userId: u };
      const created = subscriptionEvent('evt_zz_created', 'created', T, { ...s, status: 'incomplete' });
      const updated = subscriptionEvent('evt_aa_updated', 'updated', T, s);
      await deliverUntilAccepted(order === 'created first' ? [created, updated] : [updated, created]);
      expect((await rowOf(u, s.id))!.stripe_status, order).toBe('active');
    }
  });

  it('ends any subset of the history, shuffled with repetitions, in the state of that subset in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 9 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 9, maxLength: 9 }),
        fc.array(fc.nat(), { minLength: 27, maxLength: 27 }),
        async (chosen, repeats, noise) => {
          const expected = await reference(chosen);
          const run = await fresh();
          const deliveries = chosen.flatMap((i) => Array.from({ length: repeats[i] }, () => run.events[i]));
                    const shuffled = deliveries.map((e, i) => ({ e, key: noise[i] })).sort((a, b) => a.key - b.key).map((x) => x.e);
          await deliverUntilAccepted(shuffled);
          expect(await normalized(run)).toEqual(expected);
        },
      ),
      // Each run delivers up to 36 events to DynamoDB Local (a few ms to 0.1 s each).
      { numRuns: 40 },
    );
  }, 180_000);

  it('ends concurrent deliveries of the history, each 3x, in the in-order state (and the tier of a second subscription stays)', async () => {
    const expected = await reference([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const run = await fresh();
    // A second running subscription of the same user, written concurrently with the first one's events.
    const other = subscriptionEvent('evt_other', 'created', T, { id: 'sub_other', customer: 'cus_other', userId: run.u, price: 'price_basic_monthly' });
    const events = [...run.events, other];
    const shuffled = [...events, ...events, ...events].sort(() => Math.random() - 0.5);
    expect(await deliverUntilAccepted(shuffled, true)).toEqual([]);
    const state = await normalized(run);
    expect(state.rows.find((r: { subscription_id: string }) => r.subscription_id === '<sub>')).toEqual(expected.rows[0]);
    expect(state.rows.find((r: { subscription_id: string }) => r.subscription_id === 'sub_other')).toMatchObject({ tier: 'basic', status: 'active' });
    expect(state.tier).toBe('basic');
  }, 60_000);
});

describe('logs', () => {
  it('never name a user id or an e-mail', () => {
    expect(logs.some((l) => l.includes('applied'))).toBe(true);
    expect(logs.filter((l) => /stripe-user-|@stripe\.test/.test(l))).toEqual([]);
  });
});
