import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoutes } from '../../../infra/build';
import { dataSources } from '../../../infra/model';
import { copyFixture, FIXTURES, UNIT_CODE, type FixtureCopy } from './fixtures';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

describe('parseRoutes', () => {
  it('reads unit resolvers, pipelines in numeric order, and ignores lib/ and .d.ts', () => {
    const { routes, problems } = parseRoutes(path.join(FIXTURES, 'good/resolvers'));
    expect(problems).toEqual([]);
    const summary = routes.map((r) =>
      r.kind === 'UNIT'
        ? `${r.typeName}.${r.fieldName} UNIT ${r.dataSource}`
        : `${r.typeName}.${r.fieldName} PIPELINE index=${r.index ? path.basename(r.index) : 'none'} ${r.functions.map((f) => `${f.order}:${f.dataSource}`).join(',')}`,
    );
    expect(summary.sort()).toEqual([
      'Mutation.cancelOrder PIPELINE index=none 1:orders',
      'Mutation.placeOrder PIPELINE index=index.ts 1:items,2:NONE,10:orders',
      'Order.items UNIT items',
      'Query.getItem UNIT items',
      'Query.getOrder UNIT orders',
      'Query.ping UNIT NONE',
    ]);
    const placeOrder = routes.find((r) => r.fieldName === 'placeOrder');
    expect(placeOrder?.kind === 'PIPELINE' && placeOrder.functions.map((f) => f.name)).toEqual([
      'Mutation_placeOrder_1_items',
      'Mutation_placeOrder_2_NONE',
      'Mutation_placeOrder_10_orders',
    ]);
  });

  it('reports misnamed files and folders, duplicates and empty pipelines, each with its file', () => {
    fixture = copyFixture('good');
    fixture.write('resolvers/Query.getThing.ts', UNIT_CODE);
    fixture.write('resolvers/Query.getOrder.[items].js', UNIT_CODE);
    fixture.write('resolvers/Mutation.placeOrder/step.[orders].ts', UNIT_CODE);
    fixture.write('resolvers/Mutation.placeOrder/02.[orders].ts', UNIT_CODE);
    fixture.write('resolvers/Mutation.empty/README.md', 'nothing here');
    fixture.write('resolvers/notes.md', 'not code: ignored');
    const { problems } = parseRoutes(fixture.resolversDir);
    const described = problems.map((p) => `${path.relative(fixture!.root, path.resolve(p.file))} | ${p.message}`);
    const expected = [
      /^resolvers\/Query\.getThing\.ts \| Not a resolver name/,
      /^resolvers\/Query\.getOrder\.\[orders\]\.ts \| Query\.getOrder already has a resolver: .*Query\.getOrder\.\[items\]\.js/,
      /^resolvers\/Mutation\.placeOrder\/step\.\[orders\]\.ts \| Not a pipeline file/,
      /^resolvers\/Mutation\.placeOrder\/2\.\[NONE\]\.ts \| Function number 2 is also .*02\.\[orders\]\.ts/,
      /^resolvers\/Mutation\.empty \| A pipeline needs at least one function/,
    ];
    for (const pattern of expected) expect(described).toContainEqual(expect.stringMatching(pattern));
    expect(described).toHaveLength(expected.length);
  });

  it('can route to every data source of infra/model (their names fit the file-name grammar)', () => {
    fixture = copyFixture('good');
    fixture.remove('resolvers');
    dataSources.forEach((d, i) => fixture!.write(`resolvers/Query.f${i}.[${d.name}].js`, UNIT_CODE));
    const { routes, problems } = parseRoutes(fixture.resolversDir);
    expect(problems).toEqual([]);
    expect(routes.map((r) => (r.kind === 'UNIT' ? r.dataSource : '')).sort()).toEqual(dataSources.map((d) => d.name).sort());
  });

  it('reports a missing resolvers directory instead of crashing', () => {
    const { routes, problems } = parseRoutes(path.join(FIXTURES, 'no-such-resolvers'));
    expect(routes).toEqual([]);
    expect(problems).toEqual([{ file: expect.stringMatching(/no-such-resolvers$/), message: 'No such resolvers directory.' }]);
  });
});
