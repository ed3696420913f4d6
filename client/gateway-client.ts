/**
 * A small typed layer over aws-amplify v6 for the mobile apps. Calls take the TypedDocumentNodes generated from
 * `schema/operations/` (client/generated/graphql.ts), so variables, results and subscription events are typed, and
 * every failure is one GatewayError.
 *
 * ```ts
 * import outputs from '../amplify_outputs.json';
 * const client = createGatewayClient(outputs);
 * const { data } = await client.graphql({ query: PlaceOrderDocument, variables: { input } });
 * client.graphql({ query: OnOrderStatusDocument, variables: { order_id: data.placeOrder.order_id } })
 *   .subscribe({ next: ({ data }) => render(data.onOrderUpdated) });
 * ```
 *
 * `graphql()` answers like aws-amplify's own `client.graphql()`: a query or mutation resolves to `{ data }`, a
 * subscription (a document in `SubscriptionDocument`) is a stream of `{ data }` events.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import type { TokenProvider } from 'aws-amplify/auth';
import { print, type DocumentNode } from 'graphql';
import { asGatewayError, type GatewayError } from './gateway-error';
import type { SubscriptionDocument } from './generated/graphql';

/** aws-amplify's auth mode names (its own type is not exported from a public entry point). */
export type GraphQLAuthMode = 'apiKey' | 'oidc' | 'userPool' | 'iam' | 'identityPool' | 'lambda' | 'none';

/** Variables are optional exactly when the operation has no required variable. */
type VariablesOption<TVariables> = Record<string, never> extends TVariables ? { variables?: TVariables } : { variables: TVariables };

/** One call: a typed document, its variables, and optionally how to authorise this call. */
export type GatewayRequest<TResult, TVariables> = {
  query: TypedDocumentNode<TResult, TVariables>;
  /** Overrides the client's auth mode for this call, e.g. `apiKey` to browse a store before signing in. */
  authMode?: GraphQLAuthMode;
  /** A token for this call only: a billing API key (`lambda`) or an OIDC token. */
  authToken?: string;
} & VariablesOption<TVariables>;

/** What a query or mutation resolves to (errors reject with a GatewayError instead). */
export interface GatewayResult<TResult> {
  data: TResult;
}

export interface SubscriptionObserver<TEvent> {
  /** One event: the subscription field with what the triggering mutation selected. */
  next(event: GatewayResult<TEvent>): void;
  error?(error: GatewayError): void;
  complete?(): void;
}

/** A subscription not yet started: `subscribe` opens it (over the realtime WebSocket) and returns how to end it. */
export interface GatewaySubscription<TEvent> {
  subscribe(observer: SubscriptionObserver<TEvent>): { unsubscribe(): void };
}

export interface GatewayClientOptions {
  /** Cognito tokens from somewhere other than Amplify Auth (e.g. the local gateway's `npm run local:token`). */
  tokenProvider?: TokenProvider;
  /** Auth mode when a call names none (default: the API's default from the outputs). */
  authMode?: GraphQLAuthMode;
}

/** Amplify's client as this layer uses it: printed documents and plain records in, untyped results out. */
interface UntypedAmplifyClient {
  graphql(options: { query: string; variables?: Record<string, unknown>; authMode?: GraphQLAuthMode; authToken?: string }): unknown;
}
interface UntypedObservable {
  subscribe(observer: { next(message: { data: unknown }): void; error(error: unknown): void; complete(): void }): { unsubscribe(): void };
}

const isSubscription = (document: DocumentNode) =>
  document.definitions.some((definition) => definition.kind === 'OperationDefinition' && definition.operation === 'subscription');

/** Configures Amplify (a process-wide singleton) from `amplify_outputs.json` and returns the typed calls. */
export function createGatewayClient(outputs: Record<string, unknown>, options: GatewayClientOptions = {}) {
  Amplify.configure(
    outputs as Parameters<typeof Amplify.configure>[0],
    options.tokenProvider ? { Auth: { tokenProvider: options.tokenProvider } } : undefined,
  );
  // The typing is ours (TypedDocumentNode); Amplify's own typing expects its generated query strings.
  const amplify = generateClient() as unknown as UntypedAmplifyClient;

  const send = (request: GatewayRequest<unknown, unknown>) =>
    amplify.graphql({
      query: print(request.query),
      variables: request.variables as Record<string, unknown> | undefined,
      authMode: request.authMode ?? options.authMode,
      authToken: request.authToken,
    });

  function graphql<TEvent, TVariables>(request: GatewayRequest<TEvent, TVariables> & { query: SubscriptionDocument }): GatewaySubscription<TEvent>;
  function graphql<TResult, TVariables>(request: GatewayRequest<TResult, TVariables>): Promise<GatewayResult<TResult>>;
  function graphql(request: GatewayRequest<unknown, unknown>): GatewaySubscription<unknown> | Promise<GatewayResult<unknown>> {
    if (isSubscription(request.query)) {
      return {
        subscribe(observer) {
          // Amplify opens the WebSocket on subscribe, not before: a subscription that is never subscribed costs nothing.
          const observable = send(request) as UntypedObservable;
          return observable.subscribe({
            next: (message) => observer.next({ data: message.data }),
            error: (error) => observer.error?.(asGatewayError(error)),
            complete: () => observer.complete?.(),
          });
        },
      };
    }
    return Promise.resolve()
      .then(() => send(request) as Promise<{ data: unknown }>)
      .then(
        (result) => ({ data: result.data }),
        (error: unknown) => Promise.reject(asGatewayError(error)),
      );
  }

  return {
    graphql,

    /** Runs a query or mutation; resolves to its data or rejects with a GatewayError. */
    async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, mode?: GraphQLAuthMode): Promise<TResult> {
      const { data } = await graphql({ query: document, variables, authMode: mode } as GatewayRequest<TResult, TVariables>);
      return data;
    },

    /** Opens a subscription and passes each event's data to `next`; returns the function that ends it. */
    subscribe<TEvent, TVariables>(
      document: TypedDocumentNode<TEvent, TVariables> & SubscriptionDocument,
      variables: TVariables,
      handlers: { next(event: TEvent): void; error?(error: GatewayError): void },
      mode?: GraphQLAuthMode,
    ): () => void {
      const subscription = graphql({ query: document, variables, authMode: mode } as GatewayRequest<TEvent, TVariables> & { query: SubscriptionDocument }).subscribe({
        next: (event) => handlers.next(event.data),
        error: (error) => handlers.error?.(error),
      });
      return () => subscription.unsubscribe();
    },
  };
}

export type GatewayClient = ReturnType<typeof createGatewayClient>;
