// Seed 004's PII rule ("Email и user_id не логируются"): a whole Flow Logic scenario through the local endpoint, with
// every log line captured: the gateway's log (resolver console output as AppSync would ship it to CloudWatch, server
// and real-time errors, unexpected resolver failures), the streams' consumers (audit trail and publisher, the Lambdas
// of the deployed stack) and anything else this process writes to the console, stdout or stderr. The scenario
// registers with an e-mail, takes and finishes assessments, is refused (tier, limit, ban, bad token, bad input),
// schedules and completes calendar tasks, and subscribes over WebSocket; no line may hold the e-mail or the user id.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { openRealtime, startFrame, type RawRealtime } from '../../support/realtime-client';
import { adminToken, CAL, call, callRetrying, givePlan, iam, Q, setTier, type Json } from './flow-api';

let gw: RepoGateway;
const lines: string[] = [];
const restore: (() => void)[] = [];
let socket: RawRealtime | null = null;

const secret = randomBytes(6).toString('hex');
const EMAIL = `Privacy.${secret}@Flow-Test.example`;
const SUB = randomUUID();

function captureProcessOutput(): void {
  for (const level of ['log', 'error', 'warn', 'info', 'debug', 'trace'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' ')));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
      return (write as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = write;
    });
  }
}

beforeAll(async () => {
  captureProcessOutput();
  gw = await startRepoGateway({ apps: ['flowlogic'], streams: ['flowlogic-audit', 'flowlogic-publisher'], log: (line) => void lines.push(line) });
}, 60_000);
afterAll(async () => {
  await socket?.close();
  await gw?.close();
  for (const undo of restore) undo();
  vi.restoreAllMocks();
});

const LIVE = readFileSync(new URL('../../../schema/operations/flowlogic/live.graphql', import.meta.url), 'utf8');
const ON_ASSESSMENT = print(parse(LIVE).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === 'OnMyFlowAssessmentUpdated')!);

/** Every way the e-mail or the user id could be spelled in a line. */
const needles = [EMAIL, EMAIL.toLowerCase(), secret, SUB, SUB.replace(/-/g, ''), Buffer.from(SUB).toString('base64'), encodeURIComponent(EMAIL)];

describe('PII in logs', () => {
  it('never logs the e-mail or the user id during a whole Flow Logic scenario', async () => {
    const token = await gw.auth.issuer.mintToken({ sub: SUB, groups: [], claims: { email: EMAIL }, expiresInSeconds: 3600 });
    const admin = await adminToken(gw);

    // Registration, and the refusals before it is complete.
    expect((await call(gw, token, Q.start, { i: { test_id: 1, video_url: 's3://v/1.mp4' } })).errorType).toBe('NotFound');
    expect((await call(gw, token, Q.register, { i: { email: EMAIL, name: 'Private Person' } })).errors).toBeUndefined();
    expect((await call(gw, token, Q.register, { i: { email: EMAIL } })).errorType).toBe('Conflict');
    expect((await call(gw, token, Q.start, { i: { test_id: 1, video_url: 's3://v/1.mp4' } })).errorType).toBe('DisclaimerRequired');
    expect((await call(gw, token, Q.accept)).errors).toBeUndefined();
    // Bad input that quotes the e-mail and the id back to the caller (scalar and validation errors).
    expect((await call(gw, token, Q.register, { i: { email: `${EMAIL} ${SUB}` } })).errors).toBeDefined();
    expect((await call(gw, admin, Q.userByEmail, { e: `not an e-mail ${EMAIL}` })).errors).toBeDefined();
    expect((await call(gw, admin, `query { flowUser(user_id: "${SUB}") { user_id nosuchfield } }`)).errors).toBeDefined();
    // A bad token and a token of nobody.
    expect((await call(gw, `${token}x`, Q.me)).errors).toBeDefined();
    expect((await call(gw, 'Bearer nonsense', Q.me)).errors).toBeDefined();

    // A live subscription to the user's assessments.
    const auth = { host: `127.0.0.1:${gw.port}`, Authorization: token };
    socket = await openRealtime(gw.realtimeUrl, auth);
    socket.send({ type: 'connection_init' });
    await socket.next((f) => f.type === 'connection_ack');
    socket.send(startFrame('mine', ON_ASSESSMENT, {}, auth));
    expect((await socket.next((f) => (f.type === 'start_ack' || f.type === 'error') && f.id === 'mine')).type).toBe('start_ack');

    // Assessments: started, finished by the backend, refused by the tier gate, the attempts limit and a ban.
    const started = await callRetrying(gw, token, Q.start, { i: { test_id: 2, video_url: `s3://videos/${SUB}/2.mp4` } });
    const a = started.data.startAssessment;
    expect((await iam(gw, Q.complete, { i: { user_id: SUB, assessment_id: a.assessment_id, status: 'invalid', feedback: 'too dark' } })).errors).toBeUndefined();
    expect((await call(gw, token, Q.activePlan)).errorType).toBe('TierRequired');
    expect((await call(gw, token, CAL.schedule, { d: new Date().toISOString().slice(0, 10) })).errorType).toBe('TierRequired');
    await setTier(gw, SUB, 'basic');
    const plan: Json = await givePlan(gw, token, ['ankle', 'hip', 'core']);
    expect(plan.user_id).toBe(SUB);
    for (let i = 0; i < 2; i += 1) await callRetrying(gw, token, Q.start, { i: { test_id: 2, video_url: 's3://v/2.mp4' } });
    expect((await call(gw, token, Q.start, { i: { test_id: 2, video_url: 's3://v/2.mp4' } })).errorType).toBe('LimitExceeded');
    expect((await call(gw, token, Q.myLimits)).errors).toBeUndefined();
    expect((await call(gw, admin, Q.ban, { u: SUB, r: 'VIDEO_ABUSE', until: new Date(Date.now() + 3600000).toISOString() })).errors).toBeUndefined();
    expect((await call(gw, token, Q.start, { i: { test_id: 3, video_url: 's3://v/3.mp4' } })).errorType).toBe('Banned');
    expect((await call(gw, admin, Q.lift, { u: SUB })).errors).toBeUndefined();

    // The calendar: today's tasks, completed (once twice), a missing one, a date out of range.
    const today = new Date(Date.now() + gw.clock.offsetMs).toISOString().slice(0, 10);
    const tasks = (await callRetrying(gw, token, CAL.schedule, { d: today })).data.scheduleFlowCalendarDay;
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) expect((await callRetrying(gw, token, CAL.complete, { d: today, t: t.task_id })).errors).toBeUndefined();
    expect((await call(gw, token, CAL.complete, { d: today, t: tasks[0].task_id })).data.completeFlowCalendarTask.newly_completed).toBe(false);
    expect((await call(gw, token, CAL.complete, { d: today, t: SUB })).errorType).toBe('NotFound');
    expect((await call(gw, token, CAL.complete, { d: '2000-01-01', t: SUB })).errorType).toBe('ValidationError');
    expect((await call(gw, token, Q.progress, { d: today })).data.myProgress).toMatchObject({ completion_percentage: 100 });

    // Admin and backend reads by e-mail and by id.
    expect((await call(gw, admin, Q.userByEmail, { e: EMAIL })).data.flowUserByEmail.user_id).toBe(SUB);
    expect((await iam(gw, Q.user, { u: SUB })).data.flowUser.email).toBe(EMAIL.toLowerCase());
    expect((await iam(gw, Q.topStreaks, { d: today })).data.flowTopStreaks[0].user_id).toBe(SUB);

    // The streams' consumers have seen every change (the audit trail holds them) and logged what they log.
    await gw.streams!.drain();
    await gw.streams!.drain();
    const audit = await gw.doc.send(new QueryCommand({ TableName: gw.env.TABLE_flowAudit, KeyConditionExpression: 'user_id = :u', ExpressionAttributeValues: { ':u': SUB } }));
    const tablesSeen = new Set((audit.Items ?? []).map((e) => e.table));
    for (const table of ['flowUsers', 'flowAssessments', 'flowPlans', 'flowCalendarTasks', 'flowProgress', 'flowUserLimits']) expect(tablesSeen).toContain(table);
    await socket.next((f) => f.type === 'data' && f.id === 'mine', 10_000);

    // The capture works (the audit consumer reports its batches), and nothing in it names the user.
    expect(lines.some((l) => l.includes('audit:'))).toBe(true);
    const leaks = lines.filter((l) => needles.some((n) => l.toLowerCase().includes(n.toLowerCase())));
    expect(leaks).toEqual([]);
  }, 120_000);
});
