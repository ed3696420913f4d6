// The operation documents of the apps (schema/operations/**) against the schema codegen reads: every Query, Mutation
// and Subscription field used by at least one document, every document valid, every operation PascalCase.
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOperations, loadCodegenInputs, type DocumentFile } from './operation-coverage';

const root = resolve(import.meta.dirname, '../..');
let inputs: Awaited<ReturnType<typeof loadCodegenInputs>>;

beforeAll(async () => {
  inputs = await loadCodegenInputs(root);
});

describe('schema/operations', () => {
  it('reads the files codegen.yml names', () => {
    expect(inputs.files.length).toBeGreaterThan(20);
    expect(inputs.files.every((f) => f.name.startsWith('schema/operations/') && f.name.endsWith('.graphql'))).toBe(true);
    expect(inputs.schema.getQueryType()?.getFields().getOrder).toBeDefined();
  });

  it('uses every Query, Mutation and Subscription field in at least one document', () => {
    expect(checkOperations(inputs.schema, inputs.files).uncovered).toEqual([]);
  });

  it('holds only documents valid against the schema, with unique PascalCase operation names', () => {
    expect(checkOperations(inputs.schema, inputs.files).invalid).toEqual([]);
  });
});

// The checker itself, on a small schema: it must see what it claims to see.
describe('checkOperations', () => {
  const schema = buildSchema(`
    type Query { a: Thing  b(id: ID!): Thing }
    type Mutation { c: Thing }
    type Subscription { d: Thing }
    type Thing { id: ID!  name: String }
  `);
  const files = (...bodies: string[]): DocumentFile[] => bodies.map((body, i) => ({ name: `ops/${i}.graphql`, body }));

  it('lists the root fields no document selects, counting fragments on root types', () => {
    const result = checkOperations(schema, files('query A { a { id } }', 'mutation C { ...OnMutation }\nfragment OnMutation on Mutation { c { id } }'));
    expect(result).toEqual({ uncovered: ['Query.b', 'Subscription.d'], invalid: [] });
  });

  it('locates each invalid document: unknown fields, wrong variables, duplicate names, unused fragments, bad syntax', () => {
    const result = checkOperations(
      schema,
      files(
        'query A { a { id colour } }',
        'query B($id: String!) { b(id: $id) { id } }',
        'query A { a { name } }',
        'fragment Unused on Thing { id }',
        'query {',
      ),
    );
    expect(result.invalid).toEqual([
      'ops/4.graphql:1:8 Syntax Error: Expected Name, found <EOF>.',
      'ops/0.graphql:1:18 Cannot query field "colour" on type "Thing".',
      'ops/1.graphql:1:9 Variable "$id" of type "String!" used in position expecting type "ID!".',
      'ops/0.graphql:1:7 There can be only one operation named "A".',
      'ops/3.graphql:1:1 Fragment "Unused" is never used.',
    ]);
  });

  it('refuses anonymous and non-PascalCase operations', () => {
    const result = checkOperations(schema, files('query { a { id } }', 'query getB { b(id: "1") { id } }', 'mutation C { c { id } } subscription D { d { id } }'));
    expect(result.invalid).toEqual([
      'ops/0.graphql:1:1 This anonymous operation must be the only defined operation.',
      'ops/0.graphql:1 operation has no name: the client exports it as <Name>Document',
      'ops/1.graphql:1 operation "getB" is not PascalCase: the client exports it as <Name>Document',
    ]);
    expect(result.uncovered).toEqual([]);
  });
});
