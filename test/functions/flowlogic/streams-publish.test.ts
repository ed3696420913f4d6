// Flow Logic changes made outside a client mutation reach their user over the real-time endpoint: a subscription
// written straight into the table (as the Stripe webhook does) and an assessment finished by the processing backend
// travel the table's stream on DynamoDB Local -> the streams publisher -> the IAM-only publish mutation -> the
// user's own subscription, and nobody else's. No log line names a user id or an e-mail.
import { readFileSync } from 'node:fs';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PUBLISH_ASSESSMENT, PUBLISH_SUBSCRIPTION } from '../../../functions/flowlogic/publisher-changes';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { openRealtime, startFrame, type Frame, type RawRealtime } from '../../support/realtime-client';
import { call, callRetrying, iam, Q, registerUser, type Json } from '../../resolvers/flowlogic/flow-api';

let gw: RepoGateway;
const logged: string[] = [];
const sockets: RawRealtime[] = [];

const LIVE = readFileSync(new URL('../../../schema/operations/flowlogic/live.graphql', import.meta.url), 'utf8');
const BACKEND = readFileSync(new URL('../../../schema/operations/backend/flowlogic-publish.graphql', import.meta.url), 'utf8');
const operation = (source: string, name: string) => {
  const found = parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
  if (!found) throw new Error(`no operation ${name}`);
  return print(found);
};
const ON_SUBSCRIPTION = operation(LIVE, 'OnMyFlowSubscriptionChanged');
const ON_ASSESSMENT = operation(LIVE, 'OnMyFlowAssessmentUpdated');

beforeAll(async () => {
  for (const level of ['log', 'error', 'warn', 'info'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
  gw = await startRepoGateway({ apps: ['flowlogic'], streams: ['flowlogic-publisher', 'flowlogic-audit'] });
}, 60_000);
afterAll(async () => {
  for (const ws of sockets) await ws.close();
  await gw?.close();
  vi.restoreAllMocks();
});

/** A connection authorised by `token`, with the given subscriptions started and acknowledged. */
async function subscriber(token: string, subscriptions: Record<string, [string, Record<string, unknown>]>): Promise<RawRealtime> {
  const auth = { host: `127.0.0.1:${gw.port}`, Authorization: token };
  const ws = await openRealtime(gw.realtimeUrl, auth);
  sockets.push(ws);
  ws.send({ type: 'connection_init' });
  await ws.next((f) => f.type === 'connection_ack');
  for (const [id, [query, variables]] of Object.entries(subscriptions)) {
    ws.send(startFrame(id, query, variables, auth));
    const answer = await ws.next((f) => (f.type === 'start_ack' || f.type === 'error') && f.id === id);
    expect(answer.type, JSON.stringify(answer)).toBe('start_ack');
  }
  return ws;
}

const dataOf = (ws: RawRealtime, id: string, field: string) => ws.frames.filter((f: Frame) => f.type === 'data' && f.id === id).map((f) => f.payload.data[field]);

/**
 * Runs the stream consumers over every write so far, then waits (bounded) until `ws` holds `count` frames of `id`.
 * Frames for other subscribers would be sent by the same publish, so they have arrived too by then.
 */
async function delivered(ws: RawRealtime, id: string, field: string, count: number): Promise<void> {
  await gw.streams!.drain();
  for (let i = 0; i < 100 && dataOf(ws, id, field).length < count; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (i % 10 === 9) await gw.streams!.drain();
  }
}

const at = '2026-03-02T10:00:00Z';
const stripeSubscription = (user: string) => ({
  user_id: user, subscription_id: 'sub_live', stripe_customer_id: 'cus_live', tier: 'pro', status: 'active',
  current_period_start: at, current_period_end: '2026-04-02T10:00:00Z', cancel_at_period_end: false, created_at: at, updated_at: at,
});

describe('Flow Logic changes from outside a mutation', () => {
  it("pushes a subscription the Stripe webhook wrote to its user's subscription only", async () => {
    const anna = await registerUser(gw, 'live-anna', 'free', 'anna.live@mail.test');
    const ivan = await registerUser(gw, 'live-ivan', 'free', 'ivan.live@mail.test');
    const mine = await subscriber(anna, { subs: [ON_SUBSCRIPTION, {}] });
    const other = await subscriber(ivan, { subs: [ON_SUBSCRIPTION, {}] });

    // Written straight into the table, as the webhook handler does: no GraphQL mutation is involved.
    await gw.doc.send(new PutCommand({ TableName: gw.env.TABLE_flowSubscriptions, Item: stripeSubscription('live-anna') }));
    await delivered(mine, 'subs', 'onMyFlowSubscriptionChanged', 1);
    expect(dataOf(mine, 'subs', 'onMyFlowSubscriptionChanged')).toEqual([{ ...stripeSubscription('live-anna'), canceled_at: null }]);

    await gw.doc.send(new UpdateCommand({
      TableName: gw.env.TABLE_flowSubscriptions,
      Key: { user_id: 'live-anna', subscription_id: 'sub_live' },
      UpdateExpression: 'SET #s = :s, updated_at = :u',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': 'past_due', ':u': '2026-03-03T10:00:00Z' },
    }));
    // An attribute subscribers do not see changes nothing for them.
    await gw.doc.send(new UpdateCommand({
      TableName: gw.env.TABLE_flowSubscriptions,
      Key: { user_id: 'live-anna', subscription_id: 'sub_live' },
      UpdateExpression: 'SET last_stripe_event_id = :e',
      ExpressionAttributeValues: { ':e': 'evt_1' },
    }));
    await delivered(mine, 'subs', 'onMyFlowSubscriptionChanged', 3);
    const seen = dataOf(mine, 'subs', 'onMyFlowSubscriptionChanged');
    expect(seen.map((s: Json) => s.status)).toEqual(['active', 'past_due']);
    expect(seen[1].updated_at).toBe('2026-03-03T10:00:00Z');
    expect(dataOf(other, 'subs', 'onMyFlowSubscriptionChanged')).toEqual([]);
  });

  it('pushes the status the processing backend gives an assessment to its user, and to no other', async () => {
    const olga = await registerUser(gw, 'live-olga', 'pro', 'olga.live@mail.test');
    const pavel = await registerUser(gw, 'live-pavel', 'pro', 'pavel.live@mail.test');
    const started = await callRetrying(gw, olga, Q.start, { i: { test_id: 3, video_url: 's3://videos/live.mp4' } });
    expect(started.errors).toBeUndefined();
    const a = started.data.startAssessment;
    const mine = await subscriber(olga, { all: [ON_ASSESSMENT, {}], this: [ON_ASSESSMENT, { assessment_id: a.assessment_id }], another: [ON_ASSESSMENT, { assessment_id: 'not-this-one' }] });
    const other = await subscriber(pavel, { all: [ON_ASSESSMENT, {}], this: [ON_ASSESSMENT, { assessment_id: a.assessment_id }] });

    const done = await iam(gw, Q.complete, {
      i: { user_id: 'live-olga', assessment_id: a.assessment_id, status: 'completed', quality_score: 0.9, confidence_avg: 0.8, motion_variance: 0.1, result: { score: 'limited', confidence: 0.7, problem_areas: ['hip'], normalized_output: JSON.stringify({ knee_valgus_deg: 7 }) } },
    });
    expect(done.errors).toBeUndefined();
    await delivered(mine, 'this', 'onMyFlowAssessmentUpdated', 1);

    for (const id of ['all', 'this']) {
      const [update] = dataOf(mine, id, 'onMyFlowAssessmentUpdated');
      expect(dataOf(mine, id, 'onMyFlowAssessmentUpdated'), id).toHaveLength(1);
      expect(update).toMatchObject({ user_id: 'live-olga', assessment_id: a.assessment_id, status: 'completed', quality_score: 0.9, completed_at: done.data.completeAssessment.assessment.completed_at });
      expect(update.result).toMatchObject({ score: 'limited', confidence: 0.7, problem_areas: ['hip'] });
      expect(JSON.parse(update.result.normalized_output)).toEqual({ knee_valgus_deg: 7 });
    }
    expect(dataOf(mine, 'another', 'onMyFlowAssessmentUpdated')).toEqual([]);
    expect(dataOf(other, 'all', 'onMyFlowAssessmentUpdated')).toEqual([]);
    expect(dataOf(other, 'this', 'onMyFlowAssessmentUpdated')).toEqual([]);
  });

  it('lets only our backend (IAM) call the publish mutations', async () => {
    const token = await registerUser(gw, 'live-nina', 'free', 'nina.live@mail.test');
    const out = await call(gw, token, PUBLISH_SUBSCRIPTION, { input: stripeSubscription('live-nina') });
    expect(out.errorType).toBe('Unauthorized');
  });

  it('sends the publish documents the backend operations file declares', () => {
    expect(print(parse(PUBLISH_SUBSCRIPTION))).toBe(operation(BACKEND, 'PublishFlowSubscriptionChange'));
    expect(print(parse(PUBLISH_ASSESSMENT))).toBe(operation(BACKEND, 'PublishFlowAssessmentUpdate'));
  });

  it('logs neither user ids nor e-mails', () => {
    for (const line of logged) expect(line).not.toMatch(/live-(anna|ivan|olga|pavel|nina)|@mail\.test/);
  });
});
