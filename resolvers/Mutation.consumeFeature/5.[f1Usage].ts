// Step 5: ONE transaction counts today's use under the limit and appends the action log entry.
import { util, type Context } from '@aws-appsync/utils';
import { actionLogPut } from '../lib/racesim/action-log';
import { callerId } from '../lib/racesim/caller';
import { featureLimit } from '../lib/racesim/plan-limits';

const DAY_MS = 86400000;

export function request(ctx: Context<{ feature: string }>) {
  const userId = callerId(ctx.identity);
  const now = util.time.nowEpochMilliSeconds();
  const day = util.time.epochMilliSecondsToFormatted(now, 'yyyy-MM-dd', 'UTC');
  const limit = featureLimit(ctx.stash.plan as string, ctx.args.feature) as number;
  ctx.stash.limit = limit;
  ctx.stash.day = day;
  ctx.stash.resetsAt = `${util.time.epochMilliSecondsToFormatted(now + DAY_MS, 'yyyy-MM-dd', 'UTC')}T00:00:00Z`;
  if (limit < 1) util.error(`${ctx.args.feature} limit of ${limit} reached`, 'QuotaExceeded', null, { limit: ctx.args.feature, value: limit, usage: 0, resetsAt: ctx.stash.resetsAt });
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      {
        table: ctx.env.TABLE_f1Usage,
        operation: 'UpdateItem',
        key: util.dynamodb.toMapValues({ user_id: userId, feature_date_key: `${ctx.args.feature}_${day}` }),
        update: {
          expression: 'SET #c = if_not_exists(#c, :zero) + :one, #f = :f, #r = :r, #l = :l, #x = :x',
          expressionNames: { '#c': 'usage_count', '#f': 'feature_name', '#r': 'reset_date', '#l': 'limit_value', '#x': 'expires_at' },
          expressionValues: util.dynamodb.toMapValues({
            ':zero': 0, ':one': 1, ':f': ctx.args.feature, ':r': day, ':l': limit, ':x': Math.floor(now / 1000) + 90 * 86400,
          }),
        },
        condition: {
          expression: 'attribute_not_exists(#c) OR #c < :l',
          expressionNames: { '#c': 'usage_count' },
          expressionValues: util.dynamodb.toMapValues({ ':l': limit }),
          returnValuesOnConditionCheckFailure: false,
        },
      },
      actionLogPut(ctx.env.TABLE_f1ActionsLog, userId, 'feature_used', { feature: ctx.args.feature, day }, ctx.stash.plan),
    ],
  };
}

export function response(ctx: Context<{ feature: string }>) {
  if (!ctx.error) return ctx.result;
  const reasons = (ctx.result && ctx.result.cancellationReasons) || [];
  if (reasons.length > 0 && reasons[0].type === 'ConditionCheckFailed') {
    const limit = ctx.stash.limit as number;
    util.error(`${ctx.args.feature} limit of ${limit} reached`, 'QuotaExceeded', null, { limit: ctx.args.feature, value: limit, usage: limit, resetsAt: ctx.stash.resetsAt });
  }
  util.error(ctx.error.message, reasons.length > 0 ? 'TransactionConflict' : ctx.error.type);
  return null;
}
