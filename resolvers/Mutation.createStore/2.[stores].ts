// Step 2: ONE transaction: count the store on the tenant while store_count < max_stores (max_stores as read, and
// unchanged), and put the GENERATING store.
import { util, type Context } from '@aws-appsync/utils';
import { operations, transactWrite } from '@aws-appsync/utils/dynamodb';
import { compact } from '../lib/storefront/compact';
import { cancellationReasons, raiseUnclassified } from '../lib/storefront/cancellation';

type Input = { prompt: string; store_type: string; language?: string; currency?: string; config?: unknown; domain?: string };

export function request(ctx: Context<{ input: Input }>) {
  const input = ctx.args.input;
  const tenant = ctx.stash.tenant;
  const now = util.time.nowISO8601();
  const storeId = util.autoId();
  const domain = input.domain ? `${input.domain}.webdpro.in` : `${storeId}.webdpro.in`;
  const store = compact({
    tenant_id: tenant.tenant_id,
    store_id: storeId,
    status: 'GENERATING',
    prompt: input.prompt,
    store_type: input.store_type,
    config: input.config ?? null,
    language: input.language ?? 'en',
    currency: input.currency ?? 'INR',
    domain,
    preview_url: `https://preview.webdpro.in/${storeId}`,
    created_at: now,
  });
  ctx.stash.store = store;
  return transactWrite({
    items: [
      {
        updateItem: {
          table: ctx.env.TABLE_tenants,
          key: { tenant_id: tenant.tenant_id },
          update: { store_count: operations.increment(1), updated_at: now },
          condition: { store_count: { lt: tenant.max_stores }, max_stores: { eq: tenant.max_stores } },
        },
      },
      {
        putItem: {
          table: ctx.env.TABLE_stores,
          key: { tenant_id: tenant.tenant_id, store_id: storeId },
          item: store,
          condition: { store_id: { attributeExists: false } },
        },
      },
    ],
  });
}

export function response(ctx: Context) {
  if (!ctx.error) return ctx.stash.store;
  const current = cancellationReasons(ctx)[0];
  if (current && current.type === 'ConditionCheckFailed' && current.item) {
    const t = current.item as { store_count: number; max_stores: number };
    if (t.store_count >= t.max_stores) util.error(`the plan allows ${t.max_stores} stores`, 'StoreLimitReached', null, { store_count: t.store_count, max_stores: t.max_stores });
  }
  raiseUnclassified(ctx);
}
