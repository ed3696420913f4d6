// Step 2: removes ban_until and ban_reason.
import { util, type Context } from '@aws-appsync/utils';
import type { MutationLiftFlowBanArgs } from '../lib/generated/schema-types';
import { limitsView } from '../lib/flowlogic/limit-usage';
import { flowWindows } from '../lib/flowlogic/quota-windows';
import { tierOf } from '../lib/flowlogic/tiers';

export function request(ctx: Context<MutationLiftFlowBanArgs>) {
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues({ user_id: ctx.args.user_id }),
    update: {
      expression: 'SET #u = :now REMOVE #bu, #br',
      expressionNames: { '#bu': 'ban_until', '#br': 'ban_reason', '#u': 'updated_at' },
      expressionValues: util.dynamodb.toMapValues({ ':now': util.time.nowISO8601() }),
    },
  };
}

export function response(ctx: Context<MutationLiftFlowBanArgs>) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return limitsView(ctx.args.user_id, ctx.result, tierOf(ctx.stash.user), flowWindows());
}
