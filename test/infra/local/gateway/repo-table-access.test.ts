// The repo's data sources locally reach exactly the tables their deployed roles allow: what a resolver on `orders`
// may touch (its own table, products and payments through its transactions) works, any other table is denied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResolvers } from '../../../../infra/build';
import { tableGrants } from '../../../../infra/build/table-grants';
import { dataSources as modelDataSources, physicalName, tableById } from '../../../../infra/model';
import { createModelDataSources } from '../../../../infra/local/gateway/model-data-sources';
import { REPO_RESOLVERS, REPO_SCHEMA } from '../../../../infra/local/gateway/repo-appsync';
import type { DataSource } from '../../../../infra/local/datasources/types';
import type { ResolverContext } from '../../../../infra/local/runtime/context';
import { testDynamoWire } from '../../../support/dynamodb';

const wire = testDynamoWire();
let sources: Record<string, DataSource>;
beforeAll(async () => {
  const build = await buildResolvers({ schemaDir: REPO_SCHEMA, resolversDir: REPO_RESOLVERS, dataSourceNames: modelDataSources.map((d) => d.name) });
  sources = createModelDataSources({ wire, stage: 'grants', lambdas: { billingApi: async () => null, storefrontPayments: async () => null }, grants: tableGrants(build) });
});
afterAll(() => wire.destroy());

const get = (tableId: string) => ({ table: physicalName(tableById(tableId), 'grants'), key: { id: { S: 'x' } } });

describe('repo data sources and their tables', () => {
  it('denies orders a table its resolvers never name', async () => {
    const out = await sources.orders.invoke({ operation: 'TransactGetItems', transactItems: [get('orders'), get('flowUsers')] }, {} as ResolverContext);
    expect(out.error?.type).toBe('DynamoDB:AccessDeniedException');
    expect(out.error?.message).toContain(`table/${physicalName(tableById('flowUsers'), 'grants')}`);
  });

  it('lets orders reach products, as placeOrder takes stock in its transaction (the table is absent here: DynamoDB answers)', async () => {
    const out = await sources.orders.invoke({ operation: 'TransactGetItems', transactItems: [get('products')] }, {} as ResolverContext);
    expect(out.error?.type).not.toBe('DynamoDB:AccessDeniedException');
  });
});
