/** Query.getUsagePlan: one usage plan by id (null when there is none). */
import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ plan_id: string }>) {
  return get({ key: { plan_id: ctx.args.plan_id } });
}

export { response } from './lib/dynamodb-response';
