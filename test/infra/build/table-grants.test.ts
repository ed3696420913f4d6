// The tables each data source's code names through ctx.env.TABLE_<id>: what its deployed role must allow.
import { describe, expect, it } from 'vitest';
import { tableGrants, tablesNamedIn, tablesOfDataSource } from '../../../infra/build/table-grants';
import type { BuiltResolver } from '../../../infra/build/types';

const unit = (dataSource: string, code: string): BuiltResolver => ({ kind: 'UNIT', typeName: 'Query', fieldName: 'f', dataSource, sourceFile: 'f.ts', runtime: 'APPSYNC_JS', code });

describe('table grants', () => {
  it('reads TABLE_<id> names from code, once each', () => {
    expect(tablesNamedIn('const t = ctx.env.TABLE_orders; f(ctx.env.TABLE_products, ctx.env.TABLE_orders)')).toEqual(['orders', 'products']);
    expect(tablesNamedIn('ctx.env.MY_TABLE_orders + NOTTABLE_x')).toEqual([]);
  });

  it('collects per data source over unit resolvers, pipeline functions and VTL templates', () => {
    const grants = tableGrants({
      resolvers: [
        unit('orders', 'ctx.env.TABLE_products'),
        { kind: 'PIPELINE', typeName: 'Mutation', fieldName: 'p', code: 'ctx.env.TABLE_ignored', sourceFile: null, functions: [{ name: 'f1', dataSource: 'orders', code: 'ctx.env.TABLE_storePayments', sourceFile: 'p/1.ts' }] },
        { kind: 'UNIT', typeName: 'Query', fieldName: 'v', dataSource: 'stores', sourceFile: 'v.vtl', runtime: 'VTL', requestTemplate: '$ctx.env.TABLE_tenants', responseTemplate: '$util.toJson($ctx.result)' },
      ],
    });
    expect(Object.fromEntries([...grants].map(([ds, ids]) => [ds, [...ids]]))).toEqual({ orders: ['products', 'storePayments'], stores: ['tenants'] });
  });

  it('puts the own table first and refuses names of tables that do not exist', () => {
    const grants = new Map([['orders', new Set(['orders', 'products'])], ['bad', new Set(['prodcts'])]]);
    const known = new Set(['orders', 'products']);
    expect(tablesOfDataSource(grants, 'orders', 'orders', known)).toEqual(['orders', 'products']);
    expect(tablesOfDataSource(grants, 'none', 'orders', known)).toEqual(['orders']);
    expect(() => tablesOfDataSource(grants, 'bad', 'orders', known)).toThrow('TABLE_prodcts');
  });
});
