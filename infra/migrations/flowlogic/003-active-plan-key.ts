/**
 * 003: plans move from the seed's Boolean-keyed active-index to the sparse one (infra/model/flowlogic.ts, erratum):
 * `is_active` becomes a real Boolean and an active plan carries `active_user_id` (= user_id), an inactive one none.
 *
 * The seed keys active-index on Boolean `is_active`, which DynamoDB refuses, so data written for it holds the flag as
 * whatever the old code could index: "true"/"false" or 1/0. Those are read as the Boolean they mean; a plan without
 * the flag is inactive (FlowPlan.is_active is non-null). A value that means neither (say "yes") is left untouched and
 * counted as `unrecognised`. Every write is conditioned on the flag read, so a concurrent completeAssessment (which
 * deactivates plans itself) wins and is counted as `changed`. Running it again writes nothing.
 *
 * Users left with several active plans are only reported (`users_with_several_active`): myActivePlan shows the newest,
 * and the user's next completed assessment deactivates all of them (Mutation.completeAssessment/4).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MigrationContext, MigrationOutcome } from '../data-migration';
import { scanItems } from '../scan-items';

export const version = '003';
export const description = 'active_user_id replaces the Boolean active-index key';
export const author = 'gateway';

/** What a stored is_active means, or null when it means neither. */
export function activeFlag(value: unknown): boolean | null {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 'true' || value === '1' || value === 'TRUE') return true;
  if (value === 0 || value === 'false' || value === '0' || value === 'FALSE') return false;
  return null;
}

export async function up(ctx: MigrationContext): Promise<MigrationOutcome> {
  const table = ctx.tableName('flowPlans');
  const counts = { scanned: 0, updated: 0, changed: 0, unrecognised: 0, users_with_several_active: 0 };
  const activeByUser = new Map<string, number>();
  const items = scanItems(ctx, { TableName: table, ProjectionExpression: 'user_id, plan_id, is_active, active_user_id' });
  for await (const plan of items) {
    counts.scanned += 1;
    const active = activeFlag(plan.is_active);
    if (active === null) {
      counts.unrecognised += 1;
      ctx.log(`plan ${String(plan.user_id)}/${String(plan.plan_id)}: is_active ${JSON.stringify(plan.is_active)} means neither true nor false, left as it is`);
      continue;
    }
    if (active) activeByUser.set(plan.user_id as string, (activeByUser.get(plan.user_id as string) ?? 0) + 1);
    const keyRight = active ? plan.active_user_id === plan.user_id : plan.active_user_id === undefined;
    if (plan.is_active === active && keyRight) continue;
    const flagWas = plan.is_active === undefined ? 'attribute_not_exists(#act)' : '#act = :was';
    try {
      await ctx.doc.send(new UpdateCommand({
        TableName: table,
        Key: { user_id: plan.user_id, plan_id: plan.plan_id },
        UpdateExpression: active ? 'SET #act = :now, #aui = :u' : 'SET #act = :now REMOVE #aui',
        ConditionExpression: flagWas,
        ExpressionAttributeNames: { '#act': 'is_active', '#aui': 'active_user_id' },
        ExpressionAttributeValues: {
          ':now': active,
          ...(active ? { ':u': plan.user_id } : {}),
          ...(plan.is_active === undefined ? {} : { ':was': plan.is_active }),
        },
      }));
      counts.updated += 1;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      counts.changed += 1;
    }
  }
  const several = [...activeByUser].filter(([, n]) => n > 1).map(([user]) => user);
  counts.users_with_several_active = several.length;
  if (several.length > 0) ctx.log(`users with several active plans (the newest is shown): ${several.slice(0, 20).join(', ')}${several.length > 20 ? ', ...' : ''}`);
  return counts;
}
