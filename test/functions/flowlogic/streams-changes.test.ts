// Which stream records the Flow Logic publisher publishes, and what it does when publishing fails: the failed
// record is reported (the stream retries from it), later records wait, and the log names neither user nor e-mail.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntryOf } from '../../../functions/flowlogic/audit-entry';
import { flowPublisher } from '../../../functions/flowlogic/flow-publisher';
import { flowChangeOf, PUBLISHED_TABLES } from '../../../functions/flowlogic/publisher-changes';

type Image = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;
const image = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true }) as Image;
const ARN = (table: string) => `arn:aws:dynamodb:eu-west-2:123456789012:table/${table}/stream/2026-03-01T00:00:00.000`;

function record(eventID: string, eventName: 'INSERT' | 'MODIFY' | 'REMOVE', table: string, before?: Record<string, unknown>, after?: Record<string, unknown>): DynamoDBRecord {
  const keys = after ?? before ?? {};
  return {
    eventID,
    eventName,
    eventSourceARN: ARN(table),
    dynamodb: {
      ApproximateCreationDateTime: 1772445600,
      Keys: image({ user_id: keys.user_id, ...(keys.assessment_id ? { assessment_id: keys.assessment_id } : { subscription_id: keys.subscription_id }) }),
      ...(before ? { OldImage: image(before) } : {}),
      ...(after ? { NewImage: image(after) } : {}),
      SequenceNumber: eventID.replace(/\D/g, '') || '1',
    },
  };
}

const at = '2026-03-02T10:00:00Z';
const assessment = { user_id: 'u-secret-1', assessment_id: 'a1', test_id: 3, test_name: 'Squat', video_url: 's3://v', status: 'processing', attempt_number: 1, created_at: at, month_key: '2026-03' };
const subscription = { user_id: 'u-secret-1', subscription_id: 'sub_1', stripe_customer_id: 'cus_1', tier: 'pro', status: 'active', current_period_start: at, current_period_end: at, cancel_at_period_end: false, created_at: at, updated_at: at };

describe('Flow Logic changes the publisher publishes', () => {
  it('reads exactly the subscriptions and assessments streams', () => {
    expect([...PUBLISHED_TABLES].sort()).toEqual(['flowAssessments', 'flowSubscriptions']);
  });

  it('publishes an assessment only when its status leaves processing, with its result as AWSJSON', () => {
    const done = { ...assessment, status: 'completed', completed_at: at, result: { score: 'pass', confidence: 0.9, problem_areas: [], normalized_output: { angle: 4 } } };
    const change = flowChangeOf('flowAssessments', record('e1', 'MODIFY', 't', assessment, done));
    expect(change?.mutation).toBe('publishFlowAssessmentUpdate');
    expect(change?.input.result).toEqual({ score: 'pass', confidence: 0.9, problem_areas: [], normalized_output: '{"angle":4}' });
    expect(flowChangeOf('flowAssessments', record('e2', 'INSERT', 't', undefined, assessment))).toBeNull();
    expect(flowChangeOf('flowAssessments', record('e3', 'MODIFY', 't', assessment, { ...assessment, video_url: 's3://w' }))).toBeNull();
    expect(flowChangeOf('flowAssessments', record('e4', 'MODIFY', 't', done, { ...done, feedback: 'x' }))).toBeNull();
    expect(flowChangeOf('flowAssessments', record('e5', 'REMOVE', 't', done))).toBeNull();
  });

  it('publishes a subscription on insert and on a change of a published field, without unknown attributes', () => {
    const inserted = flowChangeOf('flowSubscriptions', record('e1', 'INSERT', 't', undefined, { ...subscription, last_stripe_event_id: 'evt_1' }));
    expect(inserted?.input).toEqual(subscription);
    expect(flowChangeOf('flowSubscriptions', record('e2', 'MODIFY', 't', subscription, { ...subscription, status: 'canceled', canceled_at: at }))?.input).toMatchObject({ status: 'canceled', canceled_at: at });
    expect(flowChangeOf('flowSubscriptions', record('e3', 'MODIFY', 't', subscription, { ...subscription, last_stripe_event_id: 'evt_2' }))).toBeNull();
    expect(flowChangeOf('flowUsers', record('e4', 'INSERT', 't', undefined, subscription))).toBeNull();
  });

  it('audits a record without the e-mail, under the reservation owner, and refuses one with no time', () => {
    const reservation = { user_id: 'email#someone@mail.test', owner_user_id: 'u-owner' };
    const r = record('e7', 'INSERT', 'flowlogic-x-users', undefined, reservation);
    r.dynamodb!.Keys = image({ user_id: reservation.user_id });
    const entry = auditEntryOf(r, { 'flowlogic-x-users': 'flowUsers' });
    expect(entry).toMatchObject({ user_id: 'u-owner', table: 'flowUsers', event_name: 'INSERT', changed: ['owner_user_id', 'user_id'] });
    expect(entry.change_key).toBe(`2026-03-02T10:00:00.000Z#flowUsers#${'7'.padStart(40, '0')}`);
    const user = record('e8', 'MODIFY', 'flowlogic-x-users', { user_id: 'u1', email: 'a@mail.test', tier: 'free' }, { user_id: 'u1', email: 'b@mail.test', tier: 'pro' });
    const changed = auditEntryOf(user, { 'flowlogic-x-users': 'flowUsers' });
    expect(changed.changed).toEqual(['email', 'tier']);
    expect(`${changed.old_values} ${changed.new_values}`).not.toContain('@mail.test');
    delete user.dynamodb!.ApproximateCreationDateTime;
    expect(() => auditEntryOf(user, { 'flowlogic-x-users': 'flowUsers' })).toThrow(/creation time/);
  });
});

describe('the publisher when AppSync refuses', () => {
  let server: Server;
  let url: string;
  let calls = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      calls += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: null, errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access publishFlowSubscriptionChange on type Mutation (u-secret-1)' }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports the failed record, leaves the later ones for the retry, and logs no user id', async () => {
    const lines: string[] = [];
    const publish = flowPublisher({
      url,
      region: 'eu-west-2',
      credentials: () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }),
      tableIds: { subs: 'flowSubscriptions' },
      log: (line) => lines.push(line),
    });
    const out = await publish({
      Records: [
        record('e1', 'MODIFY', 'subs', subscription, { ...subscription, last_stripe_event_id: 'evt' }),
        record('e2', 'INSERT', 'subs', undefined, subscription),
        record('e3', 'INSERT', 'subs', undefined, { ...subscription, subscription_id: 'sub_2' }),
      ],
    });
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'e2' }] });
    expect(calls).toBe(1);
    expect(lines).toEqual(['publishFlowSubscriptionChange failed for record e2 (Unauthorized); retrying from it']);
  });
});
