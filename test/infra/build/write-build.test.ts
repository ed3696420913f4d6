import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildResolvers, writeBuild } from '../../../infra/build';
import { FIXTURE_DATA_SOURCES, FIXTURES } from './fixtures';
import { builtCode } from '../../support/built-code';

let out: string | undefined;
afterEach(() => out && rmSync(out, { recursive: true, force: true }));

describe('writeBuild', () => {
  it('writes each bundle and the deployed SDL, replacing an earlier build, and summarises sizes', async () => {
    const result = await buildResolvers({
      schemaDir: path.join(FIXTURES, 'good/schema'),
      resolversDir: path.join(FIXTURES, 'good/resolvers'),
      dataSourceNames: FIXTURE_DATA_SOURCES,
    });
    out = mkdtempSync(path.join(tmpdir(), 'build-out-'));
    writeBuild(result, out);
    writeFileSync(path.join(out, 'resolvers', 'Query.stale.js'), 'stale');
    const lines = writeBuild(result, out);

    expect(readdirSync(path.join(out, 'resolvers')).sort()).toEqual([
      'Mutation.cancelOrder',
      'Mutation.cancelOrder.js',
      'Mutation.placeOrder',
      'Mutation.placeOrder.js',
      'Order.items.js',
      'Query.getItem.js',
      'Query.getOrder.js',
      'Query.ping.js',
    ]);
    expect(readdirSync(path.join(out, 'resolvers', 'Mutation.placeOrder')).sort()).toEqual([
      'Mutation_placeOrder_10_orders.js',
      'Mutation_placeOrder_1_items.js',
      'Mutation_placeOrder_2_NONE.js',
    ]);
    const getOrder = builtCode(result.resolvers.find((r) => r.fieldName === 'getOrder')!);
    expect(readFileSync(path.join(out, 'resolvers', 'Query.getOrder.js'), 'utf8')).toBe(getOrder);
    expect(readFileSync(path.join(out, 'schema.graphql'), 'utf8')).toBe(result.deployedSchema);
    expect(existsSync(path.join(out, 'resolvers', 'Query.stale.js'))).toBe(false);
    expect(lines).toContain(`Query.getOrder  UNIT on orders  ${getOrder.length.toLocaleString('en')} chars (${Math.round((getOrder.length / 32768) * 100)}%)`);
    expect(lines).toContainEqual(expect.stringMatching(/^Mutation\.cancelOrder {2}PIPELINE \(pass-through\)/));
  });
});
