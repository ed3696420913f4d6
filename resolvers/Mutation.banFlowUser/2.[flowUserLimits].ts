// Step 2: sets ban_until (normalised to ISO-8601 UTC, so it compares as text with the clock) and ban_reason.
import { util, type Context } from '@aws-appsync/utils';
import type { MutationBanFlowUserArgs } from '../lib/generated/schema-types';
import { limitsView } from '../lib/flowlogic/limit-usage';
import { flowWindows } from '../lib/flowlogic/quota-windows';
import { tierOf } from '../lib/flowlogic/tiers';

export function request(ctx: Context<MutationBanFlowUserArgs>) {
  const reason = ctx.args.reason.trim();
  if (reason === '' || reason.length > 100) util.error('reason must be 1..100 characters', 'ValidationError');
  const until = util.time.epochMilliSecondsToISO8601(util.time.parseISO8601ToEpochMilliSeconds(ctx.args.until));
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues({ user_id: ctx.args.user_id }),
    update: {
      expression: 'SET #bu = :bu, #br = :br, #u = :now',
      expressionNames: { '#bu': 'ban_until', '#br': 'ban_reason', '#u': 'updated_at' },
      expressionValues: util.dynamodb.toMapValues({ ':bu': until, ':br': reason, ':now': util.time.nowISO8601() }),
    },
  };
}

export function response(ctx: Context<MutationBanFlowUserArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return limitsView(ctx.args.user_id, ctx.result, tierOf(ctx.stash.user), flowWindows());
}
