/**
 * The subscription hub: registers subscriptions started on real-time connections and delivers mutation results to
 * them, with AppSync's semantics:
 * - a subscription field listens to the mutations named in its `@aws_subscribe(mutations: [...])`;
 * - its non-null arguments must equal the same-named fields of the mutation's result (basic filtering);
 * - its resolver runs once, at subscribe time: it may refuse (util.error / util.unauthorized) or set enhanced filters;
 * - the subscriber receives the mutation's selection set: fields the mutation did not select arrive as null, and a
 *   non-null one among them is an error, as on AppSync (no resolver runs at delivery);
 * - each delivery re-checks the subscriber's access to every field it selected.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html
 */
import {
  execute,
  getOperationAST,
  Kind,
  parse,
  validate,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { formatError, type AppSyncGraphQLError } from '../errors';
import { unauthorizedFieldError, type Invalidation, type MutationEvent } from '../executor';
import { selectionSetGraphQL, selectionSetList } from '../selection';
import type { Caller, ResolverRunner } from '../types';
import { filterMatches, filterProblem, type FilterObject } from './filters';
import { subscribeTriggers } from './triggers';

export interface Subscriber {
  /** Sends one delivery (`data` message payload) to the subscriber. */
  deliver(payload: { data: unknown; errors?: AppSyncGraphQLError[] }): void;
  /** The subscription was invalidated by a mutation: AppSync ends it. */
  end(): void;
}

interface Subscription {
  key: string;
  /** Subscribers with the same render key receive the same payload for an event: it is rendered once for all. */
  renderKey: string;
  fieldName: string;
  responseKey: string;
  arguments: Record<string, unknown>;
  document: DocumentNode;
  variables: Record<string, unknown>;
  caller: Caller;
  filter?: FilterObject;
  invalidationFilter?: FilterObject;
  subscriber: Subscriber;
}

export type SubscribeResult = { ok: true } | { ok: false; errors: { errorType: string; message: string }[] };

export interface HubDeps {
  schema: GraphQLSchema;
  runner: ResolverRunner;
  authorizeField: (typeName: string, fieldName: string, caller: Caller) => boolean;
  log?: (message: string) => void;
}

export class SubscriptionHub {
  private readonly byField = new Map<string, Map<string, Subscription>>();
  private readonly triggers: Map<string, string[]>;

  constructor(private readonly deps: HubDeps) {
    this.triggers = subscribeTriggers(deps.schema);
  }

  get size(): number {
    let total = 0;
    for (const subs of this.byField.values()) total += subs.size;
    return total;
  }

  /** Validates, authorizes and runs the subscription's resolver; registers it under `key` when all pass. */
  async subscribe(
    key: string,
    request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
    caller: Caller,
    subscriber: Subscriber,
    headers: Record<string, string>,
  ): Promise<SubscribeResult> {
    const fail = (errorType: string, message: string): SubscribeResult => ({ ok: false, errors: [{ errorType, message }] });
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (e) {
      return fail('ValidationError', (e as Error).message);
    }
    const problems = validate(this.deps.schema, document);
    if (problems.length > 0) return fail('ValidationError', problems.map((p) => p.message).join('; '));
    const operation = getOperationAST(document, request.operationName ?? undefined);
    if (!operation) return fail('ValidationError', 'No operation to run.');
    if (operation.operation !== 'subscription') return fail('UnsupportedOperation', `${operation.operation} not supported through the realtime channel`);
    const field = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
    if (!field || field.kind !== Kind.FIELD) return fail('ValidationError', 'A subscription selects exactly one field.');
    const fieldName = field.name.value;
    if (!this.deps.authorizeField('Subscription', fieldName, caller)) {
      return fail('Unauthorized', `Not Authorized to access ${fieldName} on type Subscription`);
    }
    const variables = request.variables ?? {};
    const args = argumentValues(field, variables);
    const subscription: Subscription = {
      key,
      renderKey: renderKey(request.query, request.operationName, variables, caller),
      fieldName,
      responseKey: field.alias?.value ?? fieldName,
      arguments: args,
      document,
      variables,
      caller,
      subscriber,
    };
    const resolverKey = `Subscription.${fieldName}`;
    if (this.deps.runner.has(resolverKey)) {
      const outcome = await this.deps.runner.run(resolverKey, {
        arguments: args,
        source: null,
        caller,
        info: {
          fieldName,
          parentTypeName: 'Subscription',
          variables,
          selectionSetList: selectionSetList(field.selectionSet, {}),
          selectionSetGraphQL: selectionSetGraphQL(field.selectionSet),
        },
        request: { headers, domainName: null },
      });
      const refusal = outcome.error ?? outcome.appendedErrors[0];
      if (refusal) return fail(refusal.errorType ?? 'Unauthorized', refusal.message);
      for (const [name, filter] of [
        ['subscription filter', outcome.extensions.subscriptionFilter],
        ['invalidation filter', outcome.extensions.subscriptionInvalidationFilter],
      ] as const) {
        const problem = filter === undefined ? null : filterProblem(filter);
        if (problem) return fail('BadRequestException', `Invalid ${name}: ${problem}`);
      }
      subscription.filter = outcome.extensions.subscriptionFilter as FilterObject | undefined;
      subscription.invalidationFilter = outcome.extensions.subscriptionInvalidationFilter as FilterObject | undefined;
    }
    let subs = this.byField.get(fieldName);
    if (!subs) this.byField.set(fieldName, (subs = new Map()));
    subs.set(key, subscription);
    return { ok: true };
  }

  unsubscribe(key: string): void {
    for (const subs of this.byField.values()) subs.delete(key);
  }

  /** Delivers each completed mutation field to the subscriptions listening to it. */
  async publish(events: MutationEvent[]): Promise<void> {
    for (const event of events) {
      const rendered = new Map<string, Promise<{ data: unknown; errors?: AppSyncGraphQLError[] }>>();
      for (const subscriptionField of this.triggers.get(event.fieldName) ?? []) {
        const subs = this.byField.get(subscriptionField);
        if (!subs) continue;
        for (const sub of [...subs.values()]) {
          if (!argumentsMatch(sub.arguments, event.payload)) continue;
          if (sub.filter && !filterMatches(sub.filter, event.payload)) continue;
          let payload = rendered.get(sub.renderKey);
          if (!payload) rendered.set(sub.renderKey, (payload = this.render(sub, event.payload)));
          sub.subscriber.deliver(await payload);
        }
      }
    }
  }

  /** extensions.invalidateSubscriptions: ends the subscriptions whose invalidation filter matches the payload. */
  invalidate(invalidations: Invalidation[]): void {
    for (const { subscriptionField, payload } of invalidations) {
      for (const sub of [...(this.byField.get(subscriptionField)?.values() ?? [])]) {
        if (sub.invalidationFilter && filterMatches(sub.invalidationFilter, payload)) {
          this.unsubscribe(sub.key);
          sub.subscriber.end();
        }
      }
    }
  }

  private async render(sub: Subscription, payload: unknown): Promise<{ data: unknown; errors?: AppSyncGraphQLError[] }> {
    const deliveryResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _ctx, info) => {
      if (!this.deps.authorizeField(info.parentType.name, info.fieldName, sub.caller)) {
        throw unauthorizedFieldError(info.parentType.name, info.fieldName);
      }
      if (info.path.prev === undefined) return payload;
      const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[info.fieldName] : undefined;
      return value === undefined ? null : value;
    };
    const result = await execute({
      schema: this.deps.schema,
      document: sub.document,
      variableValues: sub.variables,
      rootValue: {},
      fieldResolver: deliveryResolver,
    });
    const errors = result.errors?.map((e) => formatError(e, this.deps.log));
    return errors?.length ? { data: result.data ?? null, errors } : { data: result.data ?? null };
  }
}

/**
 * What decides a delivery's content besides the event: the document, its variables, and what the caller may see
 * (mode, groups, fields a Lambda authorizer denied).
 */
function renderKey(query: string, operationName: string | null | undefined, variables: Record<string, unknown>, caller: Caller): string {
  const identity = caller.identity as { groups?: unknown } | null;
  return JSON.stringify([query, operationName ?? null, variables, caller.mode, identity?.groups ?? null, caller.deniedFields ?? null]);
}

/** Basic filtering: every argument the subscriber gave (non-null) equals the mutation result's field of that name. */
function argumentsMatch(args: Record<string, unknown>, payload: unknown): boolean {
  const record = (payload ?? {}) as Record<string, unknown>;
  return Object.entries(args).every(([name, value]) => value === null || value === undefined || record[name] === value);
}

/** The subscription field's arguments, variables substituted. */
function argumentValues(field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]));
}
