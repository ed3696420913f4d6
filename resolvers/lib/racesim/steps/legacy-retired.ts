// A pipeline step on f1Subscriptions, between a read of the new tables (which stashes what it found as `found`) and
// the fallback to the legacy table: skipped when something was found, else reads the migration's marker
// (LEGACY_RETIRED_KEY) and stashes `legacyRetired`, so the steps after it do not read the legacy table any more.
import { runtime, util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import { LEGACY_RETIRED_KEY } from '../legacy';

export function request(ctx: Context) {
  if (ctx.stash.found) runtime.earlyReturn(ctx.stash.found);
  return get({ key: LEGACY_RETIRED_KEY, consistentRead: true });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  ctx.stash.legacyRetired = !!ctx.result;
  return ctx.stash.found ?? null;
}
