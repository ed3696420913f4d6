import path from 'node:path';
import { parse as parseJs } from 'acorn';
import { afterEach, describe, expect, it } from 'vitest';
import { APPSYNC_CODE_LIMIT, buildResolvers, PASS_THROUGH_PIPELINE_CODE, type BuiltResolver } from '../../../infra/build';
import { dataSources } from '../../../infra/model';
import { buildProblems, copyFixture, FIXTURE_DATA_SOURCES, FIXTURES, REPO, UNIT_CODE, type FixtureCopy } from './fixtures';
import { builtCode } from '../../support/built-code';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

const goodOptions = {
  schemaDir: path.join(FIXTURES, 'good/schema'),
  resolversDir: path.join(FIXTURES, 'good/resolvers'),
  dataSourceNames: FIXTURE_DATA_SOURCES,
};

/** What an APPSYNC_JS module looks like from outside: its imports and its exported names. */
function moduleShape(code: string): { imports: string[]; exports: string[] } {
  const program = parseJs(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const imports: string[] = [];
  const exports: string[] = [];
  for (const node of program.body) {
    if (node.type === 'ImportDeclaration') imports.push(String(node.source.value));
    if (node.type === 'ExportNamedDeclaration') {
      for (const s of node.specifiers) exports.push(s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value));
      if (node.declaration?.type === 'FunctionDeclaration') exports.push(node.declaration.id.name);
    }
  }
  return { imports, exports: exports.sort() };
}

function inlineSourceMap(code: string): { sources: string[]; sourcesContent?: unknown } {
  const match = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(code);
  expect(match, 'an inline source map at the end of the bundle').not.toBeNull();
  return JSON.parse(Buffer.from(match![1], 'base64').toString('utf8'));
}

function find(resolvers: BuiltResolver[], name: string): BuiltResolver {
  const found = resolvers.find((r) => `${r.typeName}.${r.fieldName}` === name);
  expect(found, name).toBeDefined();
  return found!;
}

describe('buildResolvers on a good fixture', () => {
  it('builds unit resolvers, pipelines with and without index.ts, and object field resolvers', async () => {
    const result = await buildResolvers(goodOptions);
    expect(result.resolvers.map((r) => `${r.kind} ${r.typeName}.${r.fieldName}`).sort()).toEqual([
      'PIPELINE Mutation.cancelOrder',
      'PIPELINE Mutation.placeOrder',
      'UNIT Order.items',
      'UNIT Query.getItem',
      'UNIT Query.getOrder',
      'UNIT Query.ping',
    ]);
    const items = find(result.resolvers, 'Order.items');
    expect(items.kind === 'UNIT' && items.dataSource).toBe('items');

    const placeOrder = find(result.resolvers, 'Mutation.placeOrder');
    if (placeOrder.kind !== 'PIPELINE') throw new Error('expected a pipeline');
    expect(placeOrder.sourceFile).toMatch(/Mutation\.placeOrder\/index\.ts$/);
    expect(placeOrder.code).toContain('ctx.stash.placedBy');
    expect(placeOrder.functions.map((f) => [f.name, f.dataSource])).toEqual([
      ['Mutation_placeOrder_1_items', 'items'],
      ['Mutation_placeOrder_2_NONE', 'NONE'],
      ['Mutation_placeOrder_10_orders', 'orders'],
    ]);

    const cancelOrder = find(result.resolvers, 'Mutation.cancelOrder');
    if (cancelOrder.kind !== 'PIPELINE') throw new Error('expected a pipeline');
    expect(cancelOrder.sourceFile).toBeNull();
    expect(cancelOrder.code).toBe(PASS_THROUGH_PIPELINE_CODE);
    expect(moduleShape(cancelOrder.code).exports).toEqual(['request', 'response']);
    expect(result.deployedSchema).toContain('onOrderPlaced: Order @aws_subscribe(mutations: ["placeOrder"])');
  });

  it('emits ESM bundles: @aws-appsync imports kept external, helpers inlined and tree-shaken, request/response exported', async () => {
    const result = await buildResolvers(goodOptions);
    type Module = { code: string; sourceFile: string | null };
    const modules = result.resolvers.flatMap((r): Module[] =>
      r.kind === 'UNIT' ? [{ code: builtCode(r), sourceFile: r.sourceFile }] : [...(r.sourceFile ? [r] : []), ...r.functions],
    );
    expect(modules).toHaveLength(9);
    for (const m of modules) {
      const shape = moduleShape(m.code);
      expect(shape.exports, m.sourceFile ?? '').toEqual(['request', 'response']);
      expect(shape.imports.every((i) => i.startsWith('@aws-appsync/')), m.sourceFile ?? '').toBe(true);
      expect(m.code).not.toContain('UNUSED_HELPER_MARKER');
    }
    const getOrder = find(result.resolvers, 'Query.getOrder');
    expect(moduleShape(builtCode(getOrder)).imports).toEqual(['@aws-appsync/utils/dynamodb', '@aws-appsync/utils']);
    expect(builtCode(getOrder)).toContain('util.error(ctx.error.message, ctx.error.type)');
  });

  it('adds an inline source map naming the sources, without their content', async () => {
    const result = await buildResolvers(goodOptions);
    const getOrder = find(result.resolvers, 'Query.getOrder');
    const map = inlineSourceMap(builtCode(getOrder));
    expect(map.sourcesContent).toBeUndefined();
    expect(map.sources.map((s) => decodeURIComponent(s))).toEqual(['Query.getOrder.[orders].ts', 'lib/response.ts']);
    expect(builtCode(getOrder)).not.toContain('OrderKey');
  });
});

describe('buildResolvers refusals, each naming the file', () => {
  it('refuses a bundle over 32,768 characters', async () => {
    fixture = copyFixture('good');
    const big = `export const TABLE = ${JSON.stringify('x'.repeat(APPSYNC_CODE_LIMIT))};\n`;
    fixture.write('resolvers/lib/big.ts', big);
    fixture.write(
      'resolvers/Query.getItem.[items].ts',
      "import { TABLE } from './lib/big';\nexport function request() {\n  return { payload: TABLE };\n}\nexport function response(ctx: { result: unknown }) {\n  return ctx.result;\n}\n",
    );
    const problems = await buildProblems(fixture.options());
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/resolvers\/Query\.getItem\.\[items\]\.ts$/);
    expect(problems[0].message).toMatch(/^The bundle is 3\d{4} characters; AppSync accepts at most 32768/);
  });

  it('accepts a bundle just under the limit', async () => {
    fixture = copyFixture('good');
    fixture.write('resolvers/lib/big.ts', `export const TABLE = ${JSON.stringify('x'.repeat(20_000))};\n`);
    fixture.write('resolvers/Query.getItem.[items].ts', `import { TABLE } from './lib/big';\n${UNIT_CODE.replace('return {};', 'return { payload: TABLE };')}`);
    const result = await buildResolvers(fixture.options());
    expect(builtCode(find(result.resolvers, 'Query.getItem')).length).toBeLessThanOrEqual(APPSYNC_CODE_LIMIT);
  });

  it('builds VTL unit resolvers from their two templates and direct Lambda resolvers from their settings', async () => {
    fixture = copyFixture('good');
    fixture.remove('resolvers/Query.getItem.[items].ts');
    fixture.write('resolvers/Query.getItem.[items].req.vtl', '{ "version": "2018-05-29", "operation": "GetItem", "key": { "sku": $util.dynamodb.toDynamoDBJson($ctx.args.sku) } }');
    fixture.write('resolvers/Query.getItem.[items].res.vtl', '$util.toJson($ctx.result)');
    fixture.remove('resolvers/Query.ping.[NONE].js');
    fixture.write('resolvers/Query.ping.[NONE].direct.json', '{ "maxBatchSize": 20 }');
    const result = await buildResolvers(fixture.options());
    expect(find(result.resolvers, 'Query.getItem')).toMatchObject({ kind: 'UNIT', runtime: 'VTL', dataSource: 'items', responseTemplate: '$util.toJson($ctx.result)' });
    expect(find(result.resolvers, 'Query.ping')).toEqual({
      kind: 'UNIT',
      runtime: 'DIRECT_LAMBDA',
      typeName: 'Query',
      fieldName: 'ping',
      dataSource: 'NONE',
      sourceFile: expect.stringMatching(/Query\.ping\.\[NONE\]\.direct\.json$/),
      maxBatchSize: 20,
    });
  });

  it('refuses a VTL template that does not parse (file and line), a lone template, and bad direct Lambda settings', async () => {
    fixture = copyFixture('good');
    fixture.remove('resolvers/Query.getItem.[items].ts');
    fixture.write('resolvers/Query.getItem.[items].req.vtl', '{\n  "key": $util.toJson($ctx.args.sku\n}');
    fixture.write('resolvers/Query.getItem.[items].res.vtl', '$util.toJson($ctx.result)');
    fixture.write('resolvers/Order.items.[items].res.vtl', '$util.toJson($ctx.result)');
    fixture.remove('resolvers/Query.ping.[NONE].js');
    fixture.write('resolvers/Query.ping.[NONE].direct.json', '{ "maxBatchSize": 0, "timeout": 3 }');
    const problems = await buildProblems(fixture.options());
    const described = problems.map((p) => `${path.basename(p.file)}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    expect(described).toContainEqual(expect.stringMatching(/^Query\.getItem\.\[items\]\.req\.vtl:3: VTL syntax: Expecting/));
    expect(described).toContainEqual(expect.stringMatching(/^Order\.items\.\[items\]\.res\.vtl: No request template/));
    expect(described).toContainEqual(expect.stringMatching(/^Query\.ping\.\[NONE\]\.direct\.json: Unknown settings timeout/));
    expect(described).toContainEqual(expect.stringMatching(/^Query\.ping\.\[NONE\]\.direct\.json: maxBatchSize must be an integer from 1 to 2000/));
  });

  it('refuses a file naming a field or a type the schema lacks', async () => {
    fixture = copyFixture('good');
    fixture.write('resolvers/Query.getOrdr.[orders].ts', UNIT_CODE);
    fixture.write('resolvers/Order.customer.[orders].js', UNIT_CODE);
    fixture.write('resolvers/Basket.items/1.[items].js', UNIT_CODE);
    const problems = await buildProblems(fixture.options());
    const described = problems.map((p) => `${path.basename(p.file)}: ${p.message}`);
    expect(described.sort()).toEqual([
      'Basket.items: The schema has no object type Basket.',
      'Order.customer.[orders].js: The schema has no field Order.customer.',
      'Query.getOrdr.[orders].ts: The schema has no field Query.getOrdr.',
    ]);
  });

  it('refuses a root field without a resolver, naming the schema file and line', async () => {
    fixture = copyFixture('good');
    fixture.remove('resolvers/Query.getItem.[items].ts');
    fixture.remove('resolvers/Mutation.cancelOrder');
    const problems = await buildProblems(fixture.options());
    const described = problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message.split(':')[0]}`);
    expect(described.sort()).toEqual([
      'catalog.graphql:3: Query.getItem has no resolver',
      'shop.graphql:19: Mutation.cancelOrder has no resolver',
    ]);
    expect(problems[0].message).toMatch(/add .*resolvers\/\w+\.\w+\.\[dataSource\]\.ts or a pipeline folder/);
  });

  it('lets a subscription with @aws_subscribe go without a resolver, but not one without', async () => {
    fixture = copyFixture('good');
    fixture.write('schema/live.graphql', 'extend type Subscription {\n  onAnything: Order\n}\n');
    const problems = await buildProblems(fixture.options());
    expect(problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message.split(':')[0]}`)).toEqual([
      'live.graphql:2: Subscription.onAnything has no resolver',
    ]);
  });

  it('refuses an unknown data source, in a unit resolver and in a pipeline function', async () => {
    fixture = copyFixture('good');
    fixture.remove('resolvers/Query.ping.[NONE].js');
    fixture.write('resolvers/Query.ping.[none].js', UNIT_CODE);
    fixture.write('resolvers/Mutation.placeOrder/3.[payments].ts', UNIT_CODE);
    const problems = await buildProblems(fixture.options());
    const described = problems.map((p) => `${path.basename(p.file)}: ${p.message}`);
    expect(described.sort()).toEqual([
      '3.[payments].ts: Unknown data source "payments" (known: NONE, items, orders).',
      'Query.ping.[none].js: Unknown data source "none" (known: NONE, items, orders).',
    ]);
  });

  it('reports bundling errors at their file and line', async () => {
    fixture = copyFixture('good');
    fixture.write('resolvers/Query.getItem.[items].ts', "import { nothing } from './lib/missing';\nexport const request = (;\n");
    const problems = await buildProblems(fixture.options());
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/Query\.getItem\.\[items\]\.ts$/);
    expect(problems[0].line).toBe(2);
  });

  it('collects every problem of one run, schema errors included, before failing', async () => {
    fixture = copyFixture('good');
    fixture.write('schema/catalog.graphql', 'extend type Query {\n  getItem(sku: ID!): Itm\n  ping: AWSDateTime\n}\n');
    fixture.write('resolvers/Query.getItem.[nowhere].ts', UNIT_CODE);
    fixture.write('resolvers/Query.get-thing.ts', UNIT_CODE);
    const problems = await buildProblems(fixture.options());
    const files = problems.map((p) => path.basename(p.file)).sort();
    expect(files).toEqual(['Query.get-thing.ts', 'Query.getItem.[nowhere].ts', 'catalog.graphql']);
  });
});

describe('the repo', () => {
  it('builds schema/ and resolvers/ with the data sources of infra/model', async () => {
    const result = await buildResolvers({ schemaDir: path.join(REPO, 'schema'), resolversDir: path.join(REPO, 'resolvers') });
    const names = new Set(dataSources.map((d) => d.name));
    expect(result.resolvers.length).toBeGreaterThanOrEqual(2);
    for (const r of result.resolvers) {
      const used = r.kind === 'UNIT' ? [r.dataSource] : r.functions.map((f) => f.dataSource);
      for (const name of used) expect(names.has(name), `${r.sourceFile}: ${name}`).toBe(true);
      expect(builtCode(r).length).toBeLessThanOrEqual(APPSYNC_CODE_LIMIT);
    }
    expect(find(result.resolvers, 'Query.getUsagePlan')).toMatchObject({ kind: 'UNIT', dataSource: 'usagePlans' });
    expect(result.deployedSchema).not.toContain('scalar AWSDateTime');
  });
});
