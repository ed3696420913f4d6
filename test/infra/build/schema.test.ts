import { afterEach, describe, expect, it } from 'vitest';
import { BuildError, loadSchema, type BuildProblem } from '../../../infra/build';
import { copyFixture, FIXTURES, REPO, type FixtureCopy } from './fixtures';
import path from 'node:path';
import { buildSchema, isScalarType } from 'graphql';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

function schemaProblems(schemaPath: string): readonly BuildProblem[] {
  try {
    loadSchema(schemaPath);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    return (error as BuildError).problems;
  }
  throw new Error('the schema loaded');
}

describe('loadSchema', () => {
  it('merges the domain files, with type extensions across files, on top of the AppSync preamble', () => {
    const { schema, sources } = loadSchema(path.join(FIXTURES, 'good/schema'));
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(['getItem', 'getOrder', 'ping']);
    expect(isScalarType(schema.getType('AWSDateTime'))).toBe(true);
    expect(schema.getDirective('aws_subscribe')).toBeDefined();
    expect(sources.map((s) => [path.basename(s.file), s.deployed])).toEqual([
      ['appsync.graphql', false],
      ['catalog.graphql', true],
      ['shop.graphql', true],
    ]);
  });

  it('deploys the domain files only, extensions folded in, with a schema block naming the roots', () => {
    const { deployedSdl } = loadSchema(path.join(FIXTURES, 'good/schema'));
    expect(deployedSdl).not.toMatch(/scalar AWS|directive @aws_/);
    expect(deployedSdl).not.toContain('extend type');
    expect(deployedSdl).toMatch(/schema \{\s+query: Query\s+mutation: Mutation\s+subscription: Subscription\s+\}/);
    expect(deployedSdl).toContain('getItem(sku: ID!): Item @aws_api_key');
    expect(deployedSdl).toContain('@aws_subscribe(mutations: ["placeOrder"])');
    // The deployed SDL is complete once AppSync adds its scalars and directives back.
    const preamble = loadSchema(path.join(FIXTURES, 'good/schema')).sources[0].body;
    const reparsed = buildSchema(`${preamble}\n${deployedSdl}`);
    expect(Object.keys(reparsed.getQueryType()!.getFields())).toHaveLength(3);
  });

  it('names the file and line of a syntax error', () => {
    fixture = copyFixture('good');
    fixture.write('schema/catalog.graphql', 'extend type Query {\n  getItem(sku: ID!): Item\n  broken(: Int\n}\n');
    const [problem, ...rest] = schemaProblems(fixture.schemaDir);
    expect(rest).toEqual([]);
    expect(problem.file).toMatch(/schema\/catalog\.graphql$/);
    expect(problem.line).toBe(3);
    expect(problem.message).toMatch(/Syntax Error/);
  });

  it('maps validation errors of the merged schema back to each file and line', () => {
    fixture = copyFixture('good');
    fixture.write('schema/catalog.graphql', '# line 1\nextend type Query {\n  getItem(sku: ID!): Item\n  stock: Stock\n}\n');
    fixture.write('schema/zz-more.graphql', '\n\nextend type Order {\n  total: Money @aws_nope\n}\n');
    const problems = schemaProblems(fixture.schemaDir);
    const described = problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);
    expect(described).toEqual(
      expect.arrayContaining([
        'catalog.graphql:4: Unknown type "Stock".',
        'zz-more.graphql:4: Unknown type "Money".',
        'zz-more.graphql:4: Unknown directive "@aws_nope".',
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('names the file of a type declared twice and of an AppSync scalar redeclared', () => {
    fixture = copyFixture('good');
    fixture.write('schema/dup.graphql', 'scalar AWSJSON\n\ntype Item {\n  sku: ID!\n}\n');
    const problems = schemaProblems(fixture.schemaDir);
    expect(problems.map((p) => [path.basename(p.file), p.line])).toEqual(
      expect.arrayContaining([
        ['dup.graphql', 1],
        ['dup.graphql', 3],
      ]),
    );
  });

  it('reports schema validation errors located in their file (an interface not implemented)', () => {
    fixture = copyFixture('good');
    fixture.write('schema/shape.graphql', 'interface Named {\n  name: String!\n}\n\ntype Thing implements Named {\n  id: ID!\n}\n');
    const problems = schemaProblems(fixture.schemaDir);
    expect(problems).toHaveLength(1);
    expect(path.basename(problems[0].file)).toBe('shape.graphql');
    expect(problems[0].line).toBeGreaterThan(0);
    expect(problems[0].message).toMatch(/Named\.name/);
  });

  it('accepts a single SDL file, validated against the repo preamble (local:serve)', () => {
    const { schema } = loadSchema(path.join(REPO, 'test/fixtures/demo-api/schema.graphql'));
    expect(schema.getQueryType()).toBeDefined();
  });

  it('refuses a missing path and a directory without domain files', () => {
    expect(schemaProblems(path.join(FIXTURES, 'no-such-dir'))[0].message).toMatch(/No such schema/);
    fixture = copyFixture('good');
    fixture.remove('schema/shop.graphql');
    fixture.remove('schema/catalog.graphql');
    expect(schemaProblems(fixture.schemaDir)[0].message).toMatch(/No domain \.graphql file/);
  });

  it('loads the repo schema', () => {
    const { schema, deployedSdl } = loadSchema(path.join(REPO, 'schema'));
    expect(schema.getType('UsagePlan')).toBeDefined();
    expect(deployedSdl).toContain('type UsagePlan @aws_api_key @aws_cognito_user_pools');
  });
});
