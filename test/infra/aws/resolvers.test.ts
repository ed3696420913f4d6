/** The Resolvers construct on a small stack of its own: pipelines and routing errors, which the real build lacks yet. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { Resolvers } from '../../../infra/aws/constructs/resolvers';
import type { BuiltResolver } from '../../../infra/build/types';
import { resourcesOfType, referencedId } from './template-json';

const SDL = 'type Query { a: String b: String }\ntype Mutation { place: String }\nschema { query: Query mutation: Mutation }\n';
const code = (tag: string) => `export function request() { return { payload: '${tag}' }; }\nexport function response(ctx) { return ctx.result; }\n`;

function synth(resolvers: BuiltResolver[]) {
  const stack = new Stack(new App(), 'ResolversTest', { env: { region: 'eu-west-2' } });
  const api = new appsync.GraphqlApi(stack, 'Api', { name: 'test', definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(writeSdl())) });
  const none = api.addNoneDataSource('NONE');
  const other = api.addNoneDataSource('other');
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => null;') });
  const fnSource = api.addLambdaDataSource('fn', fn);
  const dataSources = new Map<string, appsync.BaseDataSource>([['NONE', none], ['other', other], ['fn', fnSource]]);
  new Resolvers(stack, 'Resolvers', { api, resolvers, dataSources });
  return Template.fromStack(stack);
}

function writeSdl(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'resolvers-test-')), 'schema.graphql');
  writeFileSync(file, SDL);
  return file;
}

describe('Resolvers', () => {
  it('deploys a pipeline with its functions in order, each on its data source, all APPSYNC_JS', () => {
    const template = synth([
      {
        kind: 'PIPELINE',
        typeName: 'Mutation',
        fieldName: 'place',
        code: code('pipeline'),
        sourceFile: null,
        functions: [
          { name: 'Mutation_place_1_other', dataSource: 'other', code: code('one'), sourceFile: '1.[other].ts' },
          { name: 'Mutation_place_2_NONE', dataSource: 'NONE', code: code('two'), sourceFile: '2.[NONE].ts' },
        ],
      },
    ]);
    const [resolver] = resourcesOfType(template, 'AWS::AppSync::Resolver');
    expect(resolver.Properties).toMatchObject({ Kind: 'PIPELINE', TypeName: 'Mutation', FieldName: 'place', Code: code('pipeline') });
    expect(resolver.Properties.Runtime).toEqual({ Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' });
    const functions = resourcesOfType(template, 'AWS::AppSync::FunctionConfiguration');
    const ordered = (resolver.Properties.PipelineConfig.Functions as unknown[]).map(
      (ref) => functions.find((f) => f.logicalId === referencedId(ref))!,
    );
    expect(ordered.map((f) => f.Properties.Name)).toEqual(['Mutation_place_1_other', 'Mutation_place_2_NONE']);
    expect(ordered.map((f) => f.Properties.DataSourceName)).toEqual(['other', 'NONE']);
    expect(ordered.map((f) => f.Properties.Code)).toEqual([code('one'), code('two')]);
    for (const f of ordered) expect(f.Properties.Runtime).toEqual({ Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' });
  });

  it('names the file and the known data sources when a resolver routes to one that is not deployed', () => {
    expect(() =>
      synth([{ kind: 'UNIT', runtime: 'APPSYNC_JS', typeName: 'Query', fieldName: 'a', dataSource: 'ghost', code: code('a'), sourceFile: 'Query.a.[ghost].ts' }]),
    ).toThrow(/Query\.a\.\[ghost\]\.ts: data source "ghost" is not deployed \(known: NONE, other, fn\)/);
  });

  it('deploys a VTL unit resolver with its templates and no runtime, and a direct Lambda resolver with neither', () => {
    const template = synth([
      { kind: 'UNIT', runtime: 'VTL', typeName: 'Query', fieldName: 'a', dataSource: 'other', requestTemplate: '{"payload": {}}', responseTemplate: '$util.toJson($ctx.result)', sourceFile: 'Query.a.[other].req.vtl' },
      { kind: 'UNIT', runtime: 'DIRECT_LAMBDA', typeName: 'Query', fieldName: 'b', dataSource: 'fn', maxBatchSize: 25, sourceFile: 'Query.b.[fn].direct.json' },
    ]);
    const resolvers = resourcesOfType(template, 'AWS::AppSync::Resolver');
    const vtl = resolvers.find((r) => r.Properties.FieldName === 'a')!;
    expect(vtl.Properties).toMatchObject({ DataSourceName: 'other', RequestMappingTemplate: '{"payload": {}}', ResponseMappingTemplate: '$util.toJson($ctx.result)' });
    expect(vtl.Properties.Runtime).toBeUndefined();
    expect(vtl.Properties.Code).toBeUndefined();
    const direct = resolvers.find((r) => r.Properties.FieldName === 'b')!;
    expect(direct.Properties.MaxBatchSize).toBe(25);
    for (const absent of ['Runtime', 'Code', 'RequestMappingTemplate', 'ResponseMappingTemplate']) expect(direct.Properties[absent], absent).toBeUndefined();
  });

  it('refuses a direct Lambda resolver on a data source that is not a Lambda', () => {
    expect(() =>
      synth([{ kind: 'UNIT', runtime: 'DIRECT_LAMBDA', typeName: 'Query', fieldName: 'b', dataSource: 'NONE', sourceFile: 'Query.b.[NONE].direct.json' }]),
    ).toThrow(/Query\.b\.\[NONE\]\.direct\.json: a direct Lambda resolver needs a Lambda data source/);
  });
});
