// The Stripe webhook through the local gateway's real HTTP route (POST /webhooks/stripe, infra/local/gateway/stripe-route.ts):
// a signed event changes what the user reads over GraphQL (myActiveSubscription, myFlowUser.tier) and reaches their
// live subscription through the subscriptions stream and the publisher, as deployed; a bad signature changes nothing.
import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStripeRoute, DEV_STRIPE_WEBHOOK_SECRET, STRIPE_WEBHOOK_PATH, type StripeRoute } from '../../../infra/local/gateway/stripe-route';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { openRealtime, startFrame, type Frame, type RawRealtime } from '../../support/realtime-client';
import { call, Q, registerUser, type Json } from '../../resolvers/flowlogic/flow-api';
import { PRICE_TIERS, SECRET, signed, subscriptionEvent, type StripeEvent } from './stripe-fixtures';

let gw: RepoGateway;
let stripe: StripeRoute;
const logged: string[] = [];
let socket: RawRealtime | null = null;

const LIVE = readFileSync(new URL('../../../schema/operations/flowlogic/live.graphql', import.meta.url), 'utf8');
const ON_SUBSCRIPTION = print(parse(LIVE).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === 'OnMyFlowSubscriptionChanged')!);

beforeAll(async () => {
  for (const level of ['log', 'error', 'warn', 'info'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
  // The route needs the gateway's tables, which exist once it is up: it is bound right after.
  let route: StripeRoute['routes'] = async () => false;
  gw = await startRepoGateway({ apps: ['flowlogic'], streams: ['flowlogic-publisher'], extraRoutes: (req, res, body) => route(req, res, body) });
  stripe = createStripeRoute({ client: gw.client, env: gw.env, secrets: [SECRET], priceTiers: PRICE_TIERS, log: (line) => void logged.push(line) });
  route = stripe.routes;
}, 60_000);
afterAll(async () => {
  await socket?.close();
  await gw?.close();
  vi.restoreAllMocks();
});

const webhookUrl = () => `http://127.0.0.1:${gw.port}${STRIPE_WEBHOOK_PATH}`;
async function post(e: StripeEvent, at = Math.floor(Date.now() / 1000), secret = SECRET): Promise<{ status: number; body: Json }> {
  const { rawBody, signature } = signed(e, at, secret);
  const res = await fetch(webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: rawBody.toString('utf8') });
  return { status: res.status, body: await res.json() };
}

const dataOf = (ws: RawRealtime) => ws.frames.filter((f: Frame) => f.type === 'data' && f.id === 'subs').map((f) => f.payload.data.onMyFlowSubscriptionChanged);
async function delivered(ws: RawRealtime, count: number): Promise<Json[]> {
  for (let i = 0; i < 100 && dataOf(ws).length < count; i += 1) {
    await gw.streams!.drain();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return dataOf(ws);
}

describe('POST /webhooks/stripe on the local gateway', () => {
  it('syncs a Stripe subscription into what the user reads and is pushed live; refuses bad signatures', async () => {
    const userId = 'stripe-gw-user';
    const token = await registerUser(gw, userId, 'free', 'stripe.gw@mail.test');
    const auth = { host: `127.0.0.1:${gw.port}`, Authorization: token };
    socket = await openRealtime(gw.realtimeUrl, auth);
    socket.send({ type: 'connection_init' });
    await socket.next((f) => f.type === 'connection_ack');
    socket.send(startFrame('subs', ON_SUBSCRIPTION, {}, auth));
    expect((await socket.next((f) => (f.type === 'start_ack' || f.type === 'error') && f.id === 'subs')).type).toBe('start_ack');

    const t = Math.floor(Date.now() / 1000) - 60;
    const s = { id: 'sub_gw', customer: 'cus_gw', userId, created: t };

    // A bad signature (the development default is not this route's secret) and an expired one: refused, nothing written.
    expect((await post(subscriptionEvent('evt_gw_0', 'created', t, s), undefined, DEV_STRIPE_WEBHOOK_SECRET)).status).toBe(401);
    expect((await post(subscriptionEvent('evt_gw_0', 'created', t, s), t - 400)).status).toBe(401);
    expect((await call(gw, token, Q.activeSub)).data.myActiveSubscription).toBeNull();

    expect(await post(subscriptionEvent('evt_gw_1', 'created', t, s))).toEqual({ status: 200, body: { ok: true, outcome: 'applied' } });
    const active = (await call(gw, token, Q.activeSub)).data.myActiveSubscription;
    expect(active).toMatchObject({ user_id: userId, subscription_id: 'sub_gw', stripe_customer_id: 'cus_gw', tier: 'pro', status: 'active', cancel_at_period_end: false, canceled_at: null });
    expect((await call(gw, token, Q.me)).data.myFlowUser.tier).toBe('pro');
    // Delivered again: nothing changes, nothing more is published.
    expect((await post(subscriptionEvent('evt_gw_1', 'created', t, s))).body.outcome).toBe('duplicate');

    expect((await post(subscriptionEvent('evt_gw_2', 'deleted', t + 30, { ...s, status: 'canceled', canceledAt: t + 30 }))).body.outcome).toBe('applied');
    expect((await call(gw, token, Q.activeSub)).data.myActiveSubscription).toBeNull();
    expect((await call(gw, token, Q.me)).data.myFlowUser.tier).toBe('free');
    // A late update does not bring it back.
    expect((await post(subscriptionEvent('evt_gw_late', 'updated', t + 10, s))).body.outcome).toBe('stale');

    const pushed = await delivered(socket, 2);
    expect(pushed.map((p: Json) => p.status)).toEqual(['active', 'canceled']);
    expect(pushed[0]).toEqual(active);
    await gw.streams!.drain();
    expect(dataOf(socket)).toHaveLength(2);
  });

  it('takes only POST on its path, and leaves every other request to the next route', async () => {
    expect((await fetch(webhookUrl())).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${gw.port}/webhooks/stripe-not`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('logs neither the user id nor the e-mail', () => {
    expect(logged.some((l) => l.includes('evt_gw_1'))).toBe(true);
    expect(logged.filter((l) => /stripe-gw-user|stripe\.gw@mail\.test/.test(l))).toEqual([]);
  });
});
