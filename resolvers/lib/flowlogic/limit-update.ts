/**
 * The TransactWriteItems entry that consumes one assessment's quota on the user-limits record, every limit enforced
 * by the condition expression itself so concurrent starts can never pass it:
 * - a video of the day and of the hour: each counter grows by one under its limit in the same window, or restarts at
 *   one for a new window conditioned on the window it was read in (concurrent rollovers reset it exactly once);
 * - an attempt of the test today: the map entry `attempts_per_test.<test_id>` must still hold the count that was read
 *   (so attempt numbers are exact), under 3;
 * - a test of the month, only for the first attempt of a test on a day (retries of the same test that day are more
 *   videos, not more tests: 3 tests x 3 attempts = the 9 videos of a day on free/basic, 7 x 3 = 21, 15 x 3 = 45);
 * - no ban in force.
 * A condition that fails cancels the whole transaction (the assessment is not written either).
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html (TransactWriteItems)
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
 * Surprising: DynamoDB rejects a condition with redundant parentheses ("((a OR b))" is a ValidationException), so
 * clauses are joined bare and only the ban's OR is parenthesised. The attempts counter is a map entry addressed by a
 * document path (`attempts_per_test.#tid`, the test id as an expression attribute name).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Attributes.html#Expressions.Attributes.NestedElements.DocumentPathExamples
 */
import { util } from '@aws-appsync/utils';
import { windowCounterClause } from '../window-counter';
import { attemptsToday, currentUsage } from './limit-usage';
import type { FlowWindows } from './quota-windows';
import { ATTEMPTS_PER_TEST_PER_DAY, quotasOf } from './tiers';

type Rec = Record<string, unknown>;

interface Expr {
  sets: string[];
  conditions: string[];
  names: Record<string, string>;
  values: Rec;
}

function windowCounter(e: Expr, tag: string, counter: string, windowAttr: string, window: string, limit: number, stored: unknown): void {
  e.names[`#${tag}c`] = counter;
  e.names[`#${tag}w`] = windowAttr;
  const clause = windowCounterClause(tag, window, limit, stored, e.values);
  e.sets.push(clause.set);
  e.conditions.push(clause.condition);
}

export interface LimitConsumption {
  /** The transaction item. */
  item: Rec;
  /** 1..3: this attempt of the test today. */
  attemptNumber: number;
}

export function limitUpdate(table: string, userId: string, record: Rec | null | undefined, tier: string, testId: number, windows: FlowWindows, nowIso: string): LimitConsumption {
  const r = record ?? {};
  const q = quotasOf(tier);
  const attempts = attemptsToday(currentUsage(r, windows), testId);
  const e: Expr = {
    sets: [],
    conditions: [],
    names: { '#apt': 'attempts_per_test', '#ad': 'attempts_day_key', '#bu': 'ban_until', '#plan': 'plan', '#qd': 'video_quota_day', '#qh': 'video_quota_hour', '#qm': 'test_quota_month', '#upd': 'updated_at' },
    values: { ':one': 1, ':now': nowIso, ':plan': tier, ':qd': q.videoDay, ':qh': q.videoHour, ':qm': q.testMonth, ':ad': windows.day },
  };
  windowCounter(e, 'vd', 'video_quota_used_daily', 'video_day_key', windows.day, q.videoDay, r.video_day_key);
  windowCounter(e, 'vh', 'video_quota_used_hourly', 'video_hour_key', windows.hour, q.videoHour, r.video_hour_key);
  if (attempts === 0) windowCounter(e, 'tm', 'test_quota_used_monthly', 'test_month_key', windows.month, q.testMonth, r.test_month_key);
  if (r.attempts_day_key === windows.day) {
    e.names['#tid'] = `${testId}`;
    e.values[':an'] = attempts + 1;
    e.sets.push('#apt.#tid = :an');
    if (attempts === 0) {
      e.conditions.push('#ad = :ad AND attribute_not_exists(#apt.#tid)');
    } else {
      e.values[':ap'] = attempts;
      e.values[':amax'] = ATTEMPTS_PER_TEST_PER_DAY;
      e.conditions.push('#ad = :ad AND #apt.#tid = :ap AND #apt.#tid < :amax');
    }
  } else {
    const fresh: Record<string, number> = {};
    fresh[`${testId}`] = 1;
    e.values[':amap'] = fresh;
    e.sets.push('#apt = :amap, #ad = :ad');
    if (r.attempts_day_key === undefined || r.attempts_day_key === null) {
      e.conditions.push('attribute_not_exists(#ad)');
    } else {
      e.values[':adold'] = r.attempts_day_key;
      e.conditions.push('#ad = :adold');
    }
  }
  e.conditions.push('(attribute_not_exists(#bu) OR #bu <= :now)');
  e.sets.push('#plan = :plan, #qd = :qd, #qh = :qh, #qm = :qm, #upd = :now');
  return {
    attemptNumber: attempts + 1,
    item: {
      table,
      operation: 'UpdateItem',
      key: util.dynamodb.toMapValues({ user_id: userId }),
      update: { expression: `SET ${e.sets.join(', ')}`, expressionNames: e.names, expressionValues: util.dynamodb.toMapValues(e.values) },
      condition: { expression: e.conditions.join(' AND '), returnValuesOnConditionCheckFailure: false },
    },
  };
}
