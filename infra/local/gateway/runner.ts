/**
 * Connects the GraphQL layer to the APPSYNC_JS engine: each built resolver becomes an engine definition bound to
 * its data sources, and each field call becomes one engine execution with the caller's identity.
 */
import type { BuiltResolver } from '../../build/types';
import type { DataSource } from '../datasources/types';
import { executeResolver, type ResolverDefinition } from '../runtime/engine';
import type { ExtensionCalls, ResolverOutcome, ResolverRunner } from '../server/types';
import type { Identity } from '../runtime/context';

export interface RunnerOptions {
  resolvers: readonly BuiltResolver[];
  dataSources: Readonly<Record<string, DataSource>>;
  /** ctx.env for every resolver (AppSync environment variables). */
  env?: Record<string, string>;
  /** Injected clock for util.time (tests). */
  now?: () => number;
  /** Where resolver console output goes (AppSync sends it to CloudWatch). */
  log?: (line: string) => void;
}

function definition(resolver: BuiltResolver, dataSources: RunnerOptions['dataSources']): ResolverDefinition {
  const source = (name: string) => {
    const found = dataSources[name];
    if (!found) throw new Error(`resolver ${resolver.typeName}.${resolver.fieldName} uses unknown data source ${name}`);
    return found;
  };
  if (resolver.kind === 'UNIT') {
    const dataSource = source(resolver.dataSource);
    if (resolver.runtime === 'APPSYNC_JS') return { kind: 'UNIT', code: resolver.code, dataSource };
    if (resolver.runtime === 'VTL') {
      return { kind: 'VTL', requestTemplate: resolver.requestTemplate, responseTemplate: resolver.responseTemplate, dataSource };
    }
    if (dataSource.type !== 'AWS_LAMBDA') {
      throw new Error(`${resolver.sourceFile}: a direct Lambda resolver needs an AWS_LAMBDA data source, not ${dataSource.type} (${resolver.dataSource})`);
    }
    return { kind: 'DIRECT_LAMBDA', dataSource, batch: resolver.maxBatchSize !== undefined };
  }
  return {
    kind: 'PIPELINE',
    code: resolver.code,
    functions: resolver.functions.map((f) => ({ name: f.name, code: f.code, dataSource: source(f.dataSource) })),
  };
}

export function createResolverRunner(options: RunnerOptions): ResolverRunner {
  const definitions = new Map(
    options.resolvers.map((r) => [`${r.typeName}.${r.fieldName}`, definition(r, options.dataSources)]),
  );
  return {
    has: (key) => definitions.has(key),
    async run(key, input): Promise<ResolverOutcome> {
      const found = definitions.get(key);
      if (!found) throw new Error(`no resolver for ${key}`);
      const result = await executeResolver(found, {
        arguments: input.arguments,
        identity: input.caller.identity as Identity,
        source: input.source,
        info: input.info,
        request: input.request,
        env: options.env,
        authType: input.caller.authTypeName,
        now: options.now,
      });
      for (const line of result.logs) options.log?.(line);
      const extensions: ExtensionCalls = {};
      for (const call of result.extensionsCalls) {
        if (call.kind === 'setSubscriptionFilter') extensions.subscriptionFilter = call.filter;
        if (call.kind === 'setSubscriptionInvalidationFilter') extensions.subscriptionInvalidationFilter = call.filter;
        if (call.kind === 'invalidateSubscriptions') {
          (extensions.invalidateSubscriptions ??= []).push(
            call.invalidation as { subscriptionField: string; payload: Record<string, unknown> },
          );
        }
      }
      // `errors` lists the appended errors, then the one that stopped the resolver (util.error), if any.
      const stop = result.stopError;
      return {
        data: result.data,
        error: stop,
        appendedErrors: stop ? result.errors.slice(0, -1) : result.errors,
        extensions,
      };
    },
  };
}
