/**
 * Test support for the Flow Logic suites: Cognito tokens for users (sub = user_id) and FLOW_ADMIN members, the IAM
 * backend caller, the documents the suites send, and setup helpers that register a user on a tier.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { iamGraphql } from '../../../functions/shared/iam-graphql';
import { call, callRetrying as retrying, outcomeOf, type GqlError, type Json, type Outcome } from '../../support/graphql-call';
import type { RepoGateway } from '../../support/repo-gateway';

export { call, type GqlError, type Json, type Outcome } from '../../support/graphql-call';

// Long enough for suites that move the clock into the next month.
const DAYS = 45 * 86400;

export const userToken = (gw: RepoGateway, sub: string) => gw.auth.issuer.mintToken({ sub, groups: [], expiresInSeconds: DAYS });
export const adminToken = (gw: RepoGateway, sub = 'flow-admin') => gw.auth.issuer.mintToken({ sub, groups: ['FLOW_ADMIN'], expiresInSeconds: DAYS });

/** Calls as our backend (SigV4, IAM auth). */
export async function iam(gw: RepoGateway, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const body = await iamGraphql({ url: gw.url, region: gw.auth.settings.region ?? 'us-east-1', credentials: gw.auth.iam }, query, variables);
  return outcomeOf(body as { data?: Json; errors?: GqlError[] });
}

/** Calls `query` until it is not refused with TransactionConflict, at most 300 times (the 50-way limit bursts). */
export const callRetrying = (gw: RepoGateway, token: string, query: string, variables: Record<string, unknown> = {}) =>
  retrying(gw, token, query, variables, 300);

export const USER_FIELDS = 'user_id email name tier wellness_disclaimer_accepted wellness_disclaimer_accepted_at created_at updated_at last_login_at active_plan_id';
export const SUB_FIELDS = 'user_id subscription_id stripe_customer_id tier status current_period_start current_period_end cancel_at_period_end canceled_at created_at updated_at';
export const ASSESSMENT_FIELDS =
  'user_id assessment_id test_id test_name video_url status attempt_number quality_score confidence_avg motion_variance result { score confidence problem_areas normalized_output } feedback created_at completed_at month_key';
export const PLAN_FIELDS =
  'user_id plan_id tier is_active based_on_tests problem_areas { p1 p2 } exercises { exercise_id name description priority problem_area } phases { phase_id duration_weeks focus exercises } created_at updated_at version';
export const TASK_FIELDS = 'user_id task_date task_id task_key exercise_id priority completed completed_at created_at';
export const PROGRESS_FIELDS = 'user_id date completion_percentage tasks_completed tasks_total streak streak_points test_improvements { test_id improvement_percentage } created_at updated_at';
export const LIMIT_FIELDS =
  'user_id plan video_quota_used_daily video_quota_day video_quota_used_hourly video_quota_hour test_quota_used_monthly test_quota_month attempts_per_test ban_until ban_reason updated_at';

export const Q = {
  register: `mutation ($i: RegisterFlowUserInput!) { registerFlowUser(input: $i) { ${USER_FIELDS} } }`,
  accept: `mutation { acceptWellnessDisclaimer { ${USER_FIELDS} } }`,
  me: `query { myFlowUser { ${USER_FIELDS} } }`,
  user: `query ($u: ID!) { flowUser(user_id: $u) { ${USER_FIELDS} } }`,
  userByEmail: `query ($e: AWSEmail!) { flowUserByEmail(email: $e) { ${USER_FIELDS} } }`,
  activeSub: `query { myActiveSubscription { ${SUB_FIELDS} } }`,
  subsByCustomer: `query ($c: String!) { flowSubscriptionsByStripeCustomer(stripe_customer_id: $c) { ${SUB_FIELDS} } }`,
  start: `mutation ($i: StartAssessmentInput!) { startAssessment(input: $i) { ${ASSESSMENT_FIELDS} } }`,
  complete: `mutation ($i: CompleteAssessmentInput!) { completeAssessment(input: $i) { assessment { ${ASSESSMENT_FIELDS} } plan { ${PLAN_FIELDS} } } }`,
  myAssessments: `query ($t: Int, $m: String, $l: Int, $n: String) { myAssessments(test_id: $t, month_key: $m, limit: $l, nextToken: $n) { items { ${ASSESSMENT_FIELDS} } nextToken } }`,
  byTest: `query ($t: Int!, $f: AWSDateTime, $to: AWSDateTime, $l: Int, $n: String) { flowAssessmentsByTest(test_id: $t, from: $f, to: $to, limit: $l, nextToken: $n) { items { ${ASSESSMENT_FIELDS} } nextToken } }`,
  byMonth: `query ($m: String!, $l: Int, $n: String) { flowAssessmentsByMonth(month_key: $m, limit: $l, nextToken: $n) { items { ${ASSESSMENT_FIELDS} } nextToken } }`,
  activePlan: `query { myActivePlan { ${PLAN_FIELDS} } }`,
  tasks: `query ($d: AWSDate!, $l: Int, $n: String) { myCalendarTasks(date: $d, limit: $l, nextToken: $n) { items { ${TASK_FIELDS} } nextToken } }`,
  tasksBetween: `query ($f: AWSDate!, $t: AWSDate!, $l: Int, $n: String) { myCalendarTasksBetween(from: $f, to: $t, limit: $l, nextToken: $n) { items { ${TASK_FIELDS} } nextToken } }`,
  tasksOnDate: `query ($d: AWSDate!, $l: Int, $n: String) { flowCalendarTasksOnDate(task_date: $d, limit: $l, nextToken: $n) { items { ${TASK_FIELDS} } nextToken } }`,
  progress: `query ($d: AWSDate!) { myProgress(date: $d) { ${PROGRESS_FIELDS} } }`,
  myTopStreaks: `query ($l: Int) { myTopStreaks(limit: $l) { ${PROGRESS_FIELDS} } }`,
  topStreaks: `query ($d: AWSDate!, $l: Int) { flowTopStreaks(date: $d, limit: $l) { ${PROGRESS_FIELDS} } }`,
  myLimits: `query { myLimits { ${LIMIT_FIELDS} } }`,
  userLimits: `query ($u: ID!) { flowUserLimits(user_id: $u) { ${LIMIT_FIELDS} } }`,
  migrations: 'query ($l: Int, $n: String) { flowMigrations(limit: $l, nextToken: $n) { items { version applied_at description author } nextToken } }',
  ban: `mutation ($u: ID!, $r: String!, $until: AWSDateTime!) { banFlowUser(user_id: $u, reason: $r, until: $until) { ${LIMIT_FIELDS} } }`,
  lift: `mutation ($u: ID!) { liftFlowBan(user_id: $u) { ${LIMIT_FIELDS} } }`,
};

/** Registers `sub` through the API, accepts the disclaimer, and sets the tier as the Stripe sync would. */
export async function registerUser(gw: RepoGateway, sub: string, tier = 'free', email = `${sub}@flow.test`): Promise<string> {
  const token = await userToken(gw, sub);
  const registered = await call(gw, token, Q.register, { i: { email, name: `User ${sub}` } });
  if (registered.errors) throw new Error(`register ${sub}: ${JSON.stringify(registered.errors)}`);
  const accepted = await call(gw, token, Q.accept);
  if (accepted.errors) throw new Error(`accept ${sub}: ${JSON.stringify(accepted.errors)}`);
  if (tier !== 'free') await setTier(gw, sub, tier);
  return token;
}

export async function setTier(gw: RepoGateway, userId: string, tier: string): Promise<void> {
  await gw.doc.send(new UpdateCommand({
    TableName: gw.env.TABLE_flowUsers,
    Key: { user_id: userId },
    UpdateExpression: 'SET tier = :t',
    ExpressionAttributeValues: { ':t': tier },
  }));
}

export async function put(gw: RepoGateway, tableId: string, item: Record<string, unknown>): Promise<void> {
  await gw.doc.send(new PutCommand({ TableName: gw.env[`TABLE_${tableId}`], Item: item }));
}

/** The resolvers' clock. */
export const now = (gw: RepoGateway) => new Date(Date.now() + gw.clock.offsetMs);
export const today = (gw: RepoGateway) => now(gw).toISOString().slice(0, 10);

/** Moves the clock to the start of the next UTC hour + `minutes`, so a test does not straddle an hour boundary. */
export function toNextHour(gw: RepoGateway, minutes = 5): void {
  const t = now(gw).getTime();
  gw.clock.offsetMs += 3600000 - (t % 3600000) + minutes * 60000;
}

/** Moves the clock to the start of the next UTC day + `hours`. */
export function toNextDay(gw: RepoGateway, hours = 1): void {
  const t = now(gw).getTime();
  gw.clock.offsetMs += 86400000 - (t % 86400000) + hours * 3600000;
}

/** Sets the resolvers' clock to `iso` (it runs on from there). Tokens last 45 days of real time: stay within them. */
export function setClock(gw: RepoGateway, iso: string): void {
  gw.clock.offsetMs = Date.parse(iso) - Date.now();
}

export const COMPLETION_FIELDS = `task { ${TASK_FIELDS} } progress { ${PROGRESS_FIELDS} } newly_completed`;

/** The calendar mutations (scheduleFlowCalendarDay, completeFlowCalendarTask). */
export const CAL = {
  schedule: `mutation ($d: AWSDate!) { scheduleFlowCalendarDay(date: $d) { ${TASK_FIELDS} } }`,
  complete: `mutation ($d: AWSDate!, $t: ID!) { completeFlowCalendarTask(date: $d, task_id: $t) { ${COMPLETION_FIELDS} } }`,
};

/**
 * Gives a Basic+ user an active correction plan through the API: an assessment started (as the user) and completed
 * by the backend (IAM) with these problem areas; the plan's phases then hold one must exercise per area.
 */
export async function givePlan(gw: RepoGateway, token: string, areas: string[]): Promise<Json> {
  const started = await callRetrying(gw, token, Q.start, { i: { test_id: 1, video_url: 's3://videos/plan.mp4' } });
  if (started.errors) throw new Error(`start: ${JSON.stringify(started.errors)}`);
  const a = started.data.startAssessment;
  const done = await iam(gw, Q.complete, {
    i: { user_id: a.user_id, assessment_id: a.assessment_id, status: 'completed', quality_score: 0.9, confidence_avg: 0.9, motion_variance: 0.1, result: { score: 'limited', confidence: 0.8, problem_areas: areas } },
  });
  if (done.errors || !done.data.completeAssessment.plan) throw new Error(`complete: ${JSON.stringify(done.errors ?? 'no plan')}`);
  return done.data.completeAssessment.plan;
}
