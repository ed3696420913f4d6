/** Seed 004: Flow Logic (users, Stripe subscriptions, assessments, plans, calendar, progress, limits, migrations). */
import { gsi, n, s } from './keys';
import type { TableModel } from './types';

const stream = 'NEW_AND_OLD_IMAGES' as const;

export const flowlogicTables: TableModel[] = [
  {
    id: 'flowUsers',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-users',
    namePattern: 'flowlogic-{stage}-users',
    description: 'Users, their tier and wellness disclaimer.',
    partitionKey: s('user_id'),
    globalIndexes: [gsi('email-index', s('email'))],
    stream,
    changes: [],
  },
  {
    id: 'flowSubscriptions',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-subscriptions',
    namePattern: 'flowlogic-{stage}-subscriptions',
    description: 'Stripe subscriptions per user.',
    partitionKey: s('user_id'),
    sortKey: s('subscription_id'),
    globalIndexes: [gsi('stripe-customer-index', s('stripe_customer_id'))],
    stream,
    changes: [],
  },
  {
    id: 'flowAssessments',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-assessments',
    namePattern: 'flowlogic-{stage}-assessments',
    description: 'MediaPipe test results with quality scores and monthly key.',
    partitionKey: s('user_id'),
    sortKey: s('assessment_id'),
    globalIndexes: [gsi('test-type-index', n('test_id'), s('created_at')), gsi('month-index', s('month_key'), s('created_at'))],
    stream,
    changes: [],
  },
  {
    id: 'flowPlans',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-plans',
    namePattern: 'flowlogic-{stage}-plans',
    description: 'Correction plans; one active plan per user.',
    partitionKey: s('user_id'),
    sortKey: s('plan_id'),
    globalIndexes: [
      gsi(
        'active-index',
        s('active_user_id'),
        s('created_at'),
        'Erratum: the seed keys this GSI on Boolean is_active, which DynamoDB refuses (keys are S, N or B).',
      ),
    ],
    stream,
    changes: [
      'Erratum: active-index was keyed on Boolean `is_active`; DynamoDB keys must be S, N or B. It is now a sparse index on ' +
        'the string `active_user_id`, written (= user_id) only while the plan is active and removed on deactivation; ' +
        '`is_active` stays as a plain attribute.',
    ],
  },
  {
    id: 'flowCalendarTasks',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-calendar-tasks',
    namePattern: 'flowlogic-{stage}-calendar-tasks',
    description: 'Daily calendar tasks; sort key `task_date#task_id`.',
    partitionKey: s('user_id'),
    sortKey: s('task_key'),
    globalIndexes: [gsi('date-index', s('task_date'), s('created_at'))],
    stream,
    changes: [
      'Erratum: the seed\'s sort key is "task_date + task_id", two attributes; a sort key is one attribute. It is the ' +
        'string `task_key` = `YYYY-MM-DD#task_id`: tasks for a date are begins_with(task_key, "YYYY-MM-DD#"), a user\'s ' +
        'date range is task_key BETWEEN "from#" AND "to#\\uffff".',
    ],
  },
  {
    id: 'flowProgress',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-progress',
    namePattern: 'flowlogic-{stage}-progress',
    description: 'Daily progress, streaks and streak points.',
    partitionKey: s('user_id'),
    sortKey: s('date'),
    globalIndexes: [
      gsi('streak-index', s('user_id'), n('streak')),
      gsi(
        'top-streaks-index',
        s('date'),
        n('streak'),
        'Added (erratum): streak-index is per user; top streaks across users need the day as partition key.',
      ),
    ],
    stream,
    changes: [
      'Erratum: "top streaks" cannot be answered by streak-index, whose partition key is the user. GSI top-streaks-index ' +
        '(date, streak) added: the day\'s top streaks across users, queried with ScanIndexForward=false.',
    ],
  },
  {
    id: 'flowUserLimits',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-user-limits',
    namePattern: 'flowlogic-{stage}-user-limits',
    description: 'Abuse quotas (videos per day and hour, tests per month, attempts per test), bans.',
    partitionKey: s('user_id'),
    globalIndexes: [],
    stream,
    changes: [],
  },
  {
    id: 'flowAudit',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-audit',
    namePattern: 'flowlogic-{stage}-audit',
    description: 'Audit trail of every change to the streamed Flow Logic tables, written by the streams consumer.',
    partitionKey: s('user_id'),
    sortKey: s('change_key'),
    globalIndexes: [],
    ttlAttribute: 'expires_at',
    changes: [
      'Added (not in the seed): the seed streams every table "for an audit trail" but names no store for it. One item ' +
        'per stream record, keyed by the user the change is about and `change_key` = `<time>#<table>#<sequence number>`, ' +
        'written only if absent (a redelivered record writes nothing), kept 400 days (TTL `expires_at`). Not streamed.',
    ],
  },
  {
    id: 'flowMigrations',
    app: 'flowlogic',
    seedName: 'flowlogic-{stage}-migrations',
    namePattern: 'flowlogic-{stage}-migrations',
    description: 'Applied DynamoDB data migrations (version, applied_at, description, author).',
    partitionKey: s('version'),
    globalIndexes: [],
    changes: [],
  },
];
