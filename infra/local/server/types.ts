/**
 * What the GraphQL layer of the local endpoint needs from the rest: who is calling, and a way to run a field's
 * resolver. Terms:
 * - field key: `Type.field`, the route of a resolver.
 * - caller: the authenticated request (mode, ctx.identity, Lambda authorizer extras).
 */
import type { RequestAuth } from '../auth/types';
import type { AppSyncErrorInfo } from '../runtime/invocation';

export type { AuthMode } from '../auth/types';

/** The authenticated request: mode, ctx.identity, and the Lambda authorizer's resolverContext/deniedFields. */
export type Caller = RequestAuth;

export interface ResolverInput {
  arguments: Record<string, unknown>;
  source: unknown;
  caller: Caller;
  info: {
    fieldName: string;
    parentTypeName: string;
    variables: Record<string, unknown>;
    selectionSetList: string[];
    selectionSetGraphQL: string;
  };
  request: { headers: Record<string, string>; domainName: string | null };
}

/** What the extensions.* calls of one resolver run asked for. */
export interface ExtensionCalls {
  subscriptionFilter?: unknown;
  subscriptionInvalidationFilter?: unknown;
  invalidateSubscriptions?: { subscriptionField: string; payload: Record<string, unknown> }[];
}

export interface ResolverOutcome {
  data: unknown;
  /** util.error: the field resolves to null and this error is reported. */
  error?: AppSyncErrorInfo;
  /** util.appendError: reported beside the data. */
  appendedErrors: AppSyncErrorInfo[];
  extensions: ExtensionCalls;
}

export interface ResolverRunner {
  has(fieldKey: string): boolean;
  run(fieldKey: string, input: ResolverInput): Promise<ResolverOutcome>;
}

/** Authenticates a request's headers (and raw body, for SigV4) into a caller, or rejects with the auth layer's UnauthorizedError. */
export type Authenticate = (
  headers: Record<string, string>,
  request: { method: string; path: string; body: string; sourceIp: string },
) => Promise<Caller>;
