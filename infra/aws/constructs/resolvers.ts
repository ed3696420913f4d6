/**
 * Every resolver of the build on AppSync: unit resolvers on their data source, pipelines with their functions, on the
 * APPSYNC_JS runtime with the bundled code inline (the build already checked AppSync's 32 KB limit); a unit resolver
 * written in VTL gets its templates, a direct Lambda resolver neither code nor templates.
 */
import * as appsync from 'aws-cdk-lib/aws-appsync';
import { Construct } from 'constructs';
import type { BuiltResolver } from '../../build/types';

export interface ResolversProps {
  api: appsync.IGraphqlApi;
  resolvers: readonly BuiltResolver[];
  dataSources: ReadonlyMap<string, appsync.BaseDataSource>;
}

const runtime = appsync.FunctionRuntime.JS_1_0_0;

export class Resolvers extends Construct {
  constructor(scope: Construct, id: string, props: ResolversProps) {
    super(scope, id);
    const dataSource = (name: string, where: string): appsync.BaseDataSource => {
      const found = props.dataSources.get(name);
      if (!found) throw new Error(`${where}: data source "${name}" is not deployed (known: ${[...props.dataSources.keys()].join(', ')})`);
      return found;
    };
    for (const resolver of props.resolvers) {
      const id = `${resolver.typeName}.${resolver.fieldName}`;
      const field = { api: props.api, typeName: resolver.typeName, fieldName: resolver.fieldName };
      if (resolver.kind === 'UNIT') {
        const source = dataSource(resolver.dataSource, resolver.sourceFile);
        if (resolver.runtime === 'APPSYNC_JS') {
          new appsync.Resolver(this, id, { ...field, dataSource: source, runtime, code: appsync.Code.fromInline(resolver.code) });
        } else if (resolver.runtime === 'VTL') {
          new appsync.Resolver(this, id, {
            ...field,
            dataSource: source,
            requestMappingTemplate: appsync.MappingTemplate.fromString(resolver.requestTemplate),
            responseMappingTemplate: appsync.MappingTemplate.fromString(resolver.responseTemplate),
          });
        } else {
          // Direct Lambda resolver: neither code nor templates; AppSync sends the whole context to the function.
          if (!(source instanceof appsync.LambdaDataSource)) throw new Error(`${resolver.sourceFile}: a direct Lambda resolver needs a Lambda data source`);
          new appsync.Resolver(this, id, { ...field, dataSource: source, maxBatchSize: resolver.maxBatchSize });
        }
        continue;
      }
      const pipelineConfig = resolver.functions.map(
        (fn) =>
          new appsync.AppsyncFunction(this, `${id}.${fn.name}`, {
            api: props.api,
            name: fn.name,
            dataSource: dataSource(fn.dataSource, fn.sourceFile),
            runtime,
            code: appsync.Code.fromInline(fn.code),
          }),
      );
      new appsync.Resolver(this, id, { ...field, runtime, code: appsync.Code.fromInline(resolver.code), pipelineConfig });
    }
  }
}
