// The assessment lifecycle through the local endpoint: processing -> completed | failed | invalid, scores checked,
// finished assessments frozen, and the correction plan a completed one generates (one active plan per user, the
// version incremented, the previous plan deactivated in the same transaction), also under concurrent completions.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { adminToken, call, callRetrying, iam, Q, registerUser, type Json } from './flow-api';

let gw: RepoGateway;
let admin: string;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['flowlogic'] });
  admin = await adminToken(gw);
}, 60_000);
afterAll(async () => gw?.close());

async function started(token: string, testId: number): Promise<Json> {
  const out = await callRetrying(gw, token, Q.start, { i: { test_id: testId, video_url: `s3://videos/${testId}.mp4` } });
  expect(out.errors).toBeUndefined();
  return out.data.startAssessment;
}

const completed = (a: Json, areas: string[], extra: Record<string, unknown> = {}) => ({
  user_id: a.user_id,
  assessment_id: a.assessment_id,
  status: 'completed',
  quality_score: 0.91,
  confidence_avg: 0.87,
  motion_variance: 0.12,
  result: { score: areas.length ? 'limited' : 'pass', confidence: 0.8, problem_areas: areas, normalized_output: JSON.stringify({ knee_valgus_deg: 7 }) },
  ...extra,
});

async function plansOf(userId: string) {
  const out = await gw.doc.send(new QueryCommand({ TableName: gw.env.TABLE_flowPlans, KeyConditionExpression: 'user_id = :u', ExpressionAttributeValues: { ':u': userId }, ConsistentRead: true }));
  return out.Items ?? [];
}

describe('assessment lifecycle', () => {
  it('completes a processing assessment with its scores and result, once', async () => {
    const token = await registerUser(gw, 'life-1', 'free');
    const a = await started(token, 1);
    expect(a).toMatchObject({ status: 'processing', result: null, test_name: 'Overhead Squat', attempt_number: 1 });
    const done = await iam(gw, Q.complete, { i: completed(a, ['ankle', 'hip']) });
    expect(done.errors).toBeUndefined();
    expect(done.data.completeAssessment.assessment).toMatchObject({
      status: 'completed', quality_score: 0.91, confidence_avg: 0.87, motion_variance: 0.12, month_key: a.month_key, created_at: a.created_at,
      result: { score: 'limited', confidence: 0.8, problem_areas: ['ankle', 'hip'] },
    });
    expect(JSON.parse(done.data.completeAssessment.assessment.result.normalized_output)).toEqual({ knee_valgus_deg: 7 });
    expect(done.data.completeAssessment.assessment.completed_at).toBeTruthy();
    // Free tier: no correction plan.
    expect(done.data.completeAssessment.plan).toBeNull();
    const again = await call(gw, admin, Q.complete, { i: { ...completed(a, []), status: 'failed' } });
    expect(again).toMatchObject({ errorType: 'InvalidTransition', errorInfo: { status: 'completed' } });
    const mine = await call(gw, token, Q.myAssessments, {});
    expect(mine.data.myAssessments.items).toEqual([expect.objectContaining({ assessment_id: a.assessment_id, status: 'completed' })]);
  });

  it('records failed and invalid (with feedback) assessments', async () => {
    const token = await registerUser(gw, 'life-2', 'basic');
    const a = await started(token, 2);
    const failed = await call(gw, admin, Q.complete, { i: { user_id: a.user_id, assessment_id: a.assessment_id, status: 'failed' } });
    expect(failed.errors).toBeUndefined();
    expect(failed.data.completeAssessment).toMatchObject({ assessment: { status: 'failed', result: null }, plan: null });
    const b = await started(token, 2);
    const noFeedback = await call(gw, admin, Q.complete, { i: { user_id: b.user_id, assessment_id: b.assessment_id, status: 'invalid', quality_score: 0.2 } });
    expect(noFeedback).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'feedback' } });
    const invalid = await call(gw, admin, Q.complete, { i: { user_id: b.user_id, assessment_id: b.assessment_id, status: 'invalid', quality_score: 0.2, feedback: 'Body not fully visible in frame' } });
    expect(invalid.data.completeAssessment.assessment).toMatchObject({ status: 'invalid', feedback: 'Body not fully visible in frame', quality_score: 0.2 });
  });

  it('refuses scores outside [0, 1], a completion without result, processing as a target, unknown assessments and non-admins', async () => {
    const token = await registerUser(gw, 'life-3', 'basic');
    const a = await started(token, 3);
    for (const [field, patch] of [
      ['quality_score', { quality_score: 1.01 }],
      ['confidence_avg', { confidence_avg: -0.1 }],
      ['motion_variance', { motion_variance: 2 }],
      ['result.confidence', { result: { score: 'pass', confidence: 1.5 } }],
    ] as const) {
      const out = await call(gw, admin, Q.complete, { i: completed(a, ['core'], patch) });
      expect(out).toMatchObject({ errorType: 'ValidationError', errorInfo: { field } });
    }
    expect((await call(gw, admin, Q.complete, { i: completed(a, [], { result: null }) })).errorInfo).toMatchObject({ field: 'result' });
    expect((await call(gw, admin, Q.complete, { i: completed(a, [], { status: 'processing' }) })).errorType).toBe('ValidationError');
    expect((await call(gw, admin, Q.complete, { i: completed({ ...a, assessment_id: 'nope' }, []) })).errorType).toBe('NotFound');
    expect((await call(gw, token, Q.complete, { i: completed(a, []) })).errorType).toBe('Unauthorized');
    const untouched = await call(gw, token, Q.myAssessments, { t: 3 });
    expect(untouched.data.myAssessments.items[0]).toMatchObject({ status: 'processing', quality_score: null });
  });

  it('generates a correction plan for a Basic+ user, and replaces it with version + 1 on the next completion', async () => {
    const token = await registerUser(gw, 'plan-1', 'pro');
    const first = await call(gw, admin, Q.complete, { i: completed(await started(token, 1), ['ankle', 'hip']) });
    expect(first.errors).toBeUndefined();
    const plan1 = first.data.completeAssessment.plan;
    expect(plan1).toMatchObject({
      user_id: 'plan-1', tier: 'pro', is_active: true, version: 1, based_on_tests: [1],
      problem_areas: { p1: ['ankle', 'hip'], p2: [] },
      exercises: [
        { exercise_id: 'ex_calf_stretch', priority: 'must', problem_area: 'ankle' },
        { exercise_id: 'ex_glute_bridge', priority: 'must', problem_area: 'hip' },
      ],
      phases: [
        { phase_id: 'phase_1', duration_weeks: 2, focus: 'mobility', exercises: ['ex_calf_stretch', 'ex_glute_bridge'] },
        { phase_id: 'phase_2', duration_weeks: 4, focus: 'stability', exercises: ['ex_calf_stretch', 'ex_glute_bridge'] },
      ],
    });
    const active1 = await call(gw, token, Q.activePlan);
    expect(active1.data.myActivePlan).toMatchObject({ plan_id: plan1.plan_id, version: 1 });

    const second = await call(gw, admin, Q.complete, { i: completed(await started(token, 5), ['core', 'hip']) });
    const plan2 = second.data.completeAssessment.plan;
    expect(plan2).toMatchObject({ version: 2, is_active: true, based_on_tests: [5, 1], problem_areas: { p1: ['core', 'hip'], p2: ['ankle'] } });
    expect(plan2.exercises.map((e: Json) => [e.exercise_id, e.priority])).toEqual([['ex_dead_bug', 'must'], ['ex_glute_bridge', 'must'], ['ex_calf_stretch', 'should']]);
    const stored = await plansOf('plan-1');
    expect(stored).toHaveLength(2);
    const old = stored.find((p) => p.plan_id === plan1.plan_id);
    expect(old).toMatchObject({ is_active: false, version: 1 });
    expect(old).not.toHaveProperty('active_user_id');
    expect((await call(gw, token, Q.activePlan)).data.myActivePlan).toMatchObject({ plan_id: plan2.plan_id, version: 2 });
    expect((await call(gw, token, Q.me)).data.myFlowUser.active_plan_id).toBe(plan2.plan_id);
    // A pass without problem areas leaves the plan alone.
    const pass = await call(gw, admin, Q.complete, { i: completed(await started(token, 6), []) });
    expect(pass.data.completeAssessment.plan).toBeNull();
    expect(await plansOf('plan-1')).toHaveLength(2);
  });

  it('keeps one active plan when completions race, versions consecutive', async () => {
    const token = await registerUser(gw, 'plan-race', 'proplus');
    const assessments = [];
    for (const t of [1, 2, 3, 4, 7]) assessments.push(await started(token, t));
    const results = await Promise.all(assessments.map((a, i) => callRetrying(gw, admin, Q.complete, { i: completed(a, [['ankle', 'knee', 'hip', 'core', 'shoulder'][i]]) })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const plans = await plansOf('plan-race');
    expect(plans).toHaveLength(5);
    expect(plans.filter((p) => p.is_active)).toHaveLength(1);
    expect(plans.filter((p) => p.active_user_id)).toHaveLength(1);
    expect(plans.map((p) => p.version as number).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(plans.find((p) => p.is_active)?.version).toBe(5);
  }, 60_000);
});
