// Step 6: read back today's counter (strongly consistent) to answer with the usage after this call.
import type { Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { callerId } from '../lib/racesim/caller';

export function request(ctx: Context<{ feature: string }>) {
  return get({ key: { user_id: callerId(ctx.identity), feature_date_key: `${ctx.args.feature}_${ctx.stash.day}` }, consistentRead: true });
}

export { response } from '../lib/dynamodb-response';
