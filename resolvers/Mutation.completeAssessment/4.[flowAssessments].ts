/**
 * Step 4: ONE transaction finishes the assessment (condition: still processing) and, when a plan is generated, puts
 * the new active plan, deactivates the previous ones (is_active false, active_user_id removed from the sparse index)
 * and moves the user's active_plan_id / plan_version, conditioned on the values read: the user record is the lock
 * that keeps one active plan per user when two completions race (the loser gets TransactionConflict).
 */
import { util, type Context } from '@aws-appsync/utils';
import type { MutationCompleteAssessmentArgs } from '../lib/generated/schema-types';
import { buildPlan } from '../lib/flowlogic/correction-plan';
import { tierOf } from '../lib/flowlogic/tiers';

type Rec = Record<string, unknown>;

function setExpression(attributes: Rec) {
  const names: Record<string, string> = { '#status': 'status' };
  const values: Rec = { ':processing': 'processing' };
  const sets = Object.keys(attributes).map((k, i) => {
    names[`#a${i}`] = k;
    values[`:a${i}`] = attributes[k];
    return `#a${i} = :a${i}`;
  });
  return { expression: `SET ${sets.join(', ')}`, names, values };
}

export function request(ctx: Context<MutationCompleteAssessmentArgs>) {
  const input = ctx.args.input;
  const now = ctx.stash.now as string;
  const finish = ctx.stash.finish as Rec;
  const set = setExpression(finish);
  const items: Rec[] = [
    {
      table: ctx.env.TABLE_flowAssessments,
      operation: 'UpdateItem',
      key: util.dynamodb.toMapValues({ user_id: input.user_id, assessment_id: input.assessment_id }),
      update: { expression: set.expression, expressionNames: set.names, expressionValues: util.dynamodb.toMapValues(set.values) },
      condition: { expression: '#status = :processing', returnValuesOnConditionCheckFailure: false },
    },
  ];
  ctx.stash.plan = null;
  if (ctx.stash.generatePlan) {
    const user = ctx.stash.user as Rec;
    const active = ctx.prev.result as Rec[];
    const previous = active.reduce((best: Rec | null, p) => (!best || (p.version as number) > (best.version as number) ? p : best), null);
    const lastVersion = Math.max(typeof user.plan_version === 'number' ? user.plan_version : 0, previous ? (previous.version as number) : 0);
    const plan = buildPlan(input.user_id, util.autoId(), tierOf(user), ctx.stash.assessment.test_id as number, ctx.stash.areas, previous, lastVersion, now);
    ctx.stash.plan = plan;
    const { user_id, plan_id, ...attributes } = plan;
    items.push({
      table: ctx.env.TABLE_flowPlans,
      operation: 'PutItem',
      key: util.dynamodb.toMapValues({ user_id, plan_id }),
      attributeValues: util.dynamodb.toMapValues(attributes),
      condition: { expression: 'attribute_not_exists(plan_id)' },
    });
    active.forEach((old) => {
      items.push({
        table: ctx.env.TABLE_flowPlans,
        operation: 'UpdateItem',
        key: util.dynamodb.toMapValues({ user_id: old.user_id, plan_id: old.plan_id }),
        update: {
          expression: 'SET #act = :no, #u = :now REMOVE #aui',
          expressionNames: { '#act': 'is_active', '#u': 'updated_at', '#aui': 'active_user_id' },
          expressionValues: util.dynamodb.toMapValues({ ':no': false, ':now': now }),
        },
        condition: { expression: '#act = :yes', expressionValues: util.dynamodb.toMapValues({ ':yes': true }) },
      });
    });
    const seen = user.active_plan_id;
    const userValues: Rec = { ':pid': plan_id, ':v': plan.version, ':now': now };
    if (typeof seen === 'string') userValues[':seen'] = seen;
    items.push({
      table: ctx.env.TABLE_flowUsers,
      operation: 'UpdateItem',
      key: util.dynamodb.toMapValues({ user_id }),
      update: {
        expression: 'SET #ap = :pid, #pv = :v, #u = :now',
        expressionNames: { '#ap': 'active_plan_id', '#pv': 'plan_version', '#u': 'updated_at' },
        expressionValues: util.dynamodb.toMapValues(userValues),
      },
      condition: { expression: typeof seen === 'string' ? '#ap = :seen' : 'attribute_not_exists(#ap)' },
    });
  }
  return { operation: 'TransactWriteItems', transactItems: items };
}

export function response(ctx: Context<MutationCompleteAssessmentArgs>) {
  if (ctx.error) {
    const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
    if (reasons.length > 0 && reasons[0].type === 'ConditionCheckFailed') util.error('the assessment is no longer processing', 'InvalidTransition');
    util.error(ctx.error.message, reasons.length > 0 ? 'TransactionConflict' : ctx.error.type);
  }
  return { assessment: { ...ctx.stash.assessment, ...ctx.stash.finish }, plan: ctx.stash.plan };
}
