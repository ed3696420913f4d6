/**
 * Executes one GraphQL operation with AppSync's semantics on top of graphql-js:
 * fields with a resolver run it (counted against resolverCountLimit), other fields read their parent's property;
 * every field is authorized for the caller; errors come out in AppSync's shape; a mutation's top-level results are
 * returned so the real-time hub can publish them.
 */
import {
  execute,
  GraphQLError,
  Kind,
  parse,
  validate,
  getOperationAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { formatError, resolverError, serverError, type AppSyncGraphQLError } from './errors';
import { limitProblem, operationDepth, type OperationLimits } from './limits';
import { selectionSetGraphQL, selectionSetList } from './selection';
import type { Caller, ExtensionCalls, ResolverRunner } from './types';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface ExecutionDeps {
  schema: GraphQLSchema;
  runner: ResolverRunner;
  limits: OperationLimits;
  /** False when the caller may not use this field (AppSync's directive rules). */
  authorizeField: (typeName: string, fieldName: string, caller: Caller) => boolean;
  introspection: boolean;
  log?: (message: string) => void;
}

export interface ExecutionContext {
  caller: Caller;
  headers: Record<string, string>;
  domainName: string | null;
}

/** One top-level mutation field that completed, for subscriptions listening to it. */
export interface MutationEvent {
  fieldName: string;
  arguments: Record<string, unknown>;
  payload: unknown;
}

export type Invalidation = NonNullable<ExtensionCalls['invalidateSubscriptions']>[number];

export interface ExecutionOutcome {
  body: { data: unknown; errors?: AppSyncGraphQLError[] };
  operation?: OperationDefinitionNode;
  mutationEvents: MutationEvent[];
  /** extensions.invalidateSubscriptions calls made by the operation's resolvers. */
  invalidations: Invalidation[];
}

interface PerRequest {
  caller: Caller;
  request: { headers: Record<string, string>; domainName: string | null };
  resolverCount: number;
  appended: GraphQLError[];
  fragments: Record<string, FragmentDefinitionNode>;
  topLevelArgs: Map<string, Record<string, unknown>>;
  invalidations: Invalidation[];
}

export function unauthorizedFieldError(typeName: string, fieldName: string, path?: readonly (string | number)[]): GraphQLError {
  return resolverError({ message: `Not Authorized to access ${fieldName} on type ${typeName}`, errorType: 'Unauthorized' }, path);
}

function pathArray(path: { prev: unknown; key: string | number } | undefined): (string | number)[] {
  const out: (string | number)[] = [];
  let current = path as { prev?: unknown; key: string | number } | undefined;
  while (current) {
    out.unshift(current.key);
    current = current.prev as typeof current;
  }
  return out;
}

function fieldResolver(deps: ExecutionDeps): GraphQLFieldResolver<unknown, PerRequest> {
  return async (source, args, state, info) => {
    const typeName = info.parentType.name;
    const path = pathArray(info.path);
    if (!deps.authorizeField(typeName, info.fieldName, state.caller)) throw unauthorizedFieldError(typeName, info.fieldName, path);
    if (info.path.prev === undefined) state.topLevelArgs.set(info.path.key as string, args);
    const key = `${typeName}.${info.fieldName}`;
    if (!deps.runner.has(key)) {
      const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[info.fieldName] : undefined;
      return typeof value === 'function' ? undefined : value;
    }
    state.resolverCount += 1;
    if (deps.limits.resolverCountLimit > 0 && state.resolverCount > deps.limits.resolverCountLimit) {
      throw resolverError({ message: `Resolver count limit of ${deps.limits.resolverCountLimit} exceeded.`, errorType: 'ResolverCountLimitExceeded' }, path);
    }
    const selection = info.fieldNodes[0]?.selectionSet;
    const outcome = await deps.runner.run(key, {
      arguments: args,
      source: source ?? null,
      caller: state.caller,
      info: {
        fieldName: info.fieldName,
        parentTypeName: typeName,
        variables: info.variableValues,
        selectionSetList: selectionSetList(selection, state.fragments),
        selectionSetGraphQL: selectionSetGraphQL(selection),
      },
      request: state.request,
    });
    state.invalidations.push(...(outcome.extensions.invalidateSubscriptions ?? []));
    for (const appended of outcome.appendedErrors) state.appended.push(resolverError(appended, path));
    if (outcome.error) throw resolverError(outcome.error, path);
    return outcome.data;
  };
}

function isIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__schema'));
}

type Checked = { document: DocumentNode } | { errors: AppSyncGraphQLError[] };

/** Parsed and validated documents by query text: apps send the same few operations over and over. */
const checkedDocuments = new WeakMap<GraphQLSchema, Map<string, Checked>>();
const CHECKED_CACHE_SIZE = 1000;

function check(schema: GraphQLSchema, query: string): Checked {
  let cache = checkedDocuments.get(schema);
  if (!cache) checkedDocuments.set(schema, (cache = new Map()));
  const hit = cache.get(query);
  if (hit) return hit;
  let checked: Checked;
  try {
    const document = parse(query);
    const errors = validate(schema, document);
    checked = errors.length > 0 ? { errors: errors.map((e) => serverError(e.message, 'ValidationError', e.locations)) } : { document };
  } catch (error) {
    const e = error as GraphQLError;
    checked = { errors: [serverError(e.message, 'MalformedHttpRequestException', e.locations)] };
  }
  if (cache.size >= CHECKED_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(query, checked);
  return checked;
}

/** Parses, validates and executes one request. Never throws for bad input: it answers with errors. */
export async function executeOperation(deps: ExecutionDeps, request: GraphQLRequest, context: ExecutionContext): Promise<ExecutionOutcome> {
  const checked = check(deps.schema, request.query);
  if ('errors' in checked) return { body: { data: null, errors: checked.errors }, mutationEvents: [], invalidations: [] };
  const { document } = checked;
  const operation = getOperationAST(document, request.operationName ?? undefined);
  if (!operation) {
    const message = request.operationName ? `Unknown operation named "${request.operationName}".` : 'Must provide operation name if query contains multiple operations.';
    return { body: { data: null, errors: [serverError(message, 'ValidationError')] }, mutationEvents: [], invalidations: [] };
  }
  if (!deps.introspection && isIntrospection(operation)) {
    return { body: { data: null, errors: [serverError('Introspection is disabled for this API.', 'ValidationError')] }, mutationEvents: [], invalidations: [] };
  }
  const problem = limitProblem(deps.limits, operationDepth(document, operation));
  if (problem) return { body: { data: null, errors: [serverError(problem, 'QueryDepthLimitExceeded')] }, operation, mutationEvents: [], invalidations: [] };
  if (operation.operation === 'subscription') {
    const message = 'Subscriptions are served on the real-time endpoint (/graphql/realtime).';
    return { body: { data: null, errors: [serverError(message, 'UnsupportedOperation')] }, operation, mutationEvents: [], invalidations: [] };
  }

  const state: PerRequest = {
    caller: context.caller,
    request: { headers: context.headers, domainName: context.domainName },
    resolverCount: 0,
    appended: [],
    fragments: Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    ),
    topLevelArgs: new Map(),
    invalidations: [],
  };
  const result = await execute({
    schema: deps.schema,
    document,
    operationName: request.operationName ?? undefined,
    variableValues: request.variables ?? undefined,
    contextValue: state,
    fieldResolver: fieldResolver(deps),
  });
  const errors = [...(result.errors ?? []), ...state.appended].map((e) => formatError(e, deps.log));
  const data = result.data ?? null;
  return {
    body: errors.length > 0 ? { data, errors } : { data },
    operation,
    mutationEvents: operation.operation === 'mutation' ? mutationEvents(operation, data, state) : [],
    invalidations: state.invalidations,
  };
}

function mutationEvents(operation: OperationDefinitionNode, data: Record<string, unknown> | null, state: PerRequest): MutationEvent[] {
  const events: MutationEvent[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const responseKey = selection.alias?.value ?? selection.name.value;
    const payload = data?.[responseKey];
    if (payload === null || payload === undefined) continue;
    events.push({ fieldName: selection.name.value, arguments: state.topLevelArgs.get(responseKey) ?? {}, payload });
  }
  return events;
}
