// Step 2: the caller's progress of one day (PK user_id, SK date), or null.
import { type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { QueryMyProgressArgs } from '../lib/generated/schema-types';

export function request(ctx: Context<QueryMyProgressArgs>) {
  return get({ key: { user_id: ctx.stash.user.user_id as string, date: ctx.args.date.slice(0, 10) } });
}

export { response } from '../lib/dynamodb-response';
