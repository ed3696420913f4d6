/**
 * A small typed layer over aws-amplify v6 for the mobile apps: queries, mutations and subscriptions take the
 * TypedDocumentNodes generated from `schema/operations/` (client/generated/graphql.ts), so results, variables and
 * subscription events are typed, and GraphQL errors come back as one error type.
 *
 * ```ts
 * import outputs from '../amplify_outputs.json';
 * const gateway = createGatewayClient(outputs);
 * const { getUsagePlan } = await gateway.request(UsagePlanDocument, { plan_id: 'premium' });
 * ```
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Amplify, type ResourcesConfig } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import type { TokenProvider } from 'aws-amplify/auth';
import { print } from 'graphql';

/** aws-amplify's auth mode names (its own type is not exported from a public entry point). */
export type GraphQLAuthMode = 'apiKey' | 'oidc' | 'userPool' | 'iam' | 'identityPool' | 'lambda' | 'none';

/** One GraphQL error as AppSync reports it. */
export interface GatewayGraphQLError {
  message: string;
  errorType?: string | null;
  errorInfo?: unknown;
  path?: readonly (string | number)[] | null;
}

/** Every failure of a request: GraphQL errors from the API, or a network failure (then `errors` is empty). */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly errors: GatewayGraphQLError[],
    /** Whatever data came with the errors (AppSync answers partial data). */
    readonly data: unknown,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'GatewayError';
  }

  /** The errorType of the first error, e.g. `Unauthorized` or `QuotaExceeded`. */
  get errorType(): string | null {
    return this.errors[0]?.errorType ?? null;
  }
}

export interface GatewayClientOptions {
  /** Cognito tokens from somewhere other than Amplify Auth (e.g. the local gateway's `npm run local:token`). */
  tokenProvider?: TokenProvider;
  /** Auth mode when a call names none (default: the API's default from the outputs). */
  authMode?: GraphQLAuthMode;
}

export interface SubscriptionHandlers<T> {
  next(event: T): void;
  error?(error: GatewayError): void;
}

type AmplifyError = GatewayGraphQLError & { originalError?: { name?: string } };

function asGatewayError(raw: unknown): GatewayError {
  const candidate = raw as { errors?: AmplifyError[]; data?: unknown; message?: string };
  if (Array.isArray(candidate?.errors) && candidate.errors.length > 0) {
    // A request AppSync refused outright (HTTP 401/403) reaches Amplify as a service error: its name is the errorType.
    const errors = candidate.errors.map(({ message, errorType, errorInfo, path, originalError }) => ({
      message,
      errorType: errorType ?? originalError?.name ?? null,
      errorInfo,
      path,
    }));
    return new GatewayError(errors.map((e) => e.message).join('; '), errors, candidate.data ?? null, raw);
  }
  return new GatewayError(candidate?.message ?? String(raw), [], null, raw);
}

/** Configures Amplify from `amplify_outputs.json` and returns the typed calls. */
export function createGatewayClient(outputs: Record<string, unknown>, options: GatewayClientOptions = {}) {
  Amplify.configure(outputs as ResourcesConfig, options.tokenProvider ? { Auth: { tokenProvider: options.tokenProvider } } : undefined);
  // The typed layer is ours (TypedDocumentNode); Amplify sees plain strings and records.
  const client = generateClient() as unknown as {
    graphql(options: { query: string; variables: Record<string, unknown>; authMode?: GraphQLAuthMode }): Promise<unknown> | unknown;
  };
  const authMode = (mode?: GraphQLAuthMode) => mode ?? options.authMode;

  return {
    /** Runs a query or mutation; resolves to its data or rejects with a GatewayError. */
    async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, mode?: GraphQLAuthMode): Promise<TResult> {
      try {
        const result = (await client.graphql({ query: print(document), variables: variables as Record<string, unknown>, authMode: authMode(mode) })) as { data: TResult };
        return result.data;
      } catch (error) {
        throw asGatewayError(error);
      }
    },

    /** Opens a subscription; returns the function that ends it. */
    subscribe<TEvent, TVariables>(
      document: TypedDocumentNode<TEvent, TVariables>,
      variables: TVariables,
      handlers: SubscriptionHandlers<TEvent>,
      mode?: GraphQLAuthMode,
    ): () => void {
      const observable = client.graphql({ query: print(document), variables: variables as Record<string, unknown>, authMode: authMode(mode) }) as unknown as {
        subscribe(o: { next(e: { data: TEvent }): void; error(e: unknown): void }): { unsubscribe(): void };
      };
      const subscription = observable.subscribe({
        next: (event) => handlers.next(event.data),
        error: (error) => handlers.error?.(asGatewayError(error)),
      });
      return () => subscription.unsubscribe();
    },
  };
}

export type GatewayClient = ReturnType<typeof createGatewayClient>;
