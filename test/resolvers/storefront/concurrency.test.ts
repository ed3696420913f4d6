// Races the storefront's atomic writes through the local endpoint: concurrent orders never oversell, concurrent
// stores never pass the plan's max_stores. Callers retry TransactionConflict, as the API documents.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoGateway, type RepoGateway } from '../../support/repo-gateway';
import { callRetrying, openShop, Q, roles, stored } from './storefront-api';

let gw: RepoGateway;

beforeAll(async () => {
  gw = await startRepoGateway({ apps: ['storefront'] });
}, 60_000);
afterAll(async () => gw?.close());

async function count(tableId: string, index: string | undefined, key: string, value: string): Promise<number> {
  const out = await gw.doc.send(new QueryCommand({ TableName: gw.env[`TABLE_${tableId}`], IndexName: index, KeyConditionExpression: '#k = :v', ExpressionAttributeNames: { '#k': key }, ExpressionAttributeValues: { ':v': value } }));
  return out.Count ?? 0;
}

describe('concurrency', () => {
  it('sells exactly the 10 in stock to 100 simultaneous orders', async () => {
    const shop = await openShop(gw, 'tenant-rush', [{ name: 'Mango', price: 799, stock: 10, threshold: 2 }]);
    const mango = shop.products.Mango;
    const results = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const token = await roles(gw).customer(`+91980000${String(i).padStart(4, '0')}`);
        const input = { store_id: shop.storeId, items: [{ product_id: mango, quantity: 1 }], customer_name: `C${i}`, delivery_address: 'Addr', payment_method: 'COD' };
        return callRetrying(gw, token, Q.placeOrder, { i: input });
      }),
    );
    const placed = results.filter((r) => !r.errors);
    expect(placed).toHaveLength(10);
    expect(new Set(results.filter((r) => r.errors).map((r) => r.errorType))).toEqual(new Set(['OutOfStock']));
    expect(await stored(gw, 'products', { store_id: shop.storeId, product_id: mango })).toMatchObject({ stock_quantity: 0, low_stock: true });
    expect(await count('orders', 'store-index', 'store_id', shop.storeId)).toBe(10);
  }, 60_000);

  it('never lets concurrent createStore pass max_stores', async () => {
    const owner = await roles(gw).owner('tenant-many');
    await callRetrying(gw, owner, Q.createTenant, { i: { business_name: 'Many', plan: 'PRO' } });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => callRetrying(gw, owner, Q.createStore, { i: { prompt: 'p', store_type: 'general' } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(new Set(results.filter((r) => r.errors).map((r) => r.errorType))).toEqual(new Set(['StoreLimitReached']));
    expect(await stored(gw, 'tenants', { tenant_id: 'tenant-many' })).toMatchObject({ store_count: 5, max_stores: 5 });
    expect(await count('stores', undefined, 'tenant_id', 'tenant-many')).toBe(5);
  }, 60_000);
});
