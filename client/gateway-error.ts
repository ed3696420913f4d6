/**
 * The one error type of the client: GraphQL errors as AppSync reports them (errorType, errorInfo, path), or a
 * network failure (then `errors` is empty). aws-amplify rejects with several shapes; `asGatewayError` folds them.
 */

/** One GraphQL error as AppSync reports it. */
export interface GatewayGraphQLError {
  message: string;
  /** e.g. `Unauthorized`, `QuotaExceeded`, `InvalidTransition`, `UnauthorizedException` (refused by AppSync itself). */
  errorType?: string | null;
  /** Details some errorTypes carry, e.g. `{ from, to }` for InvalidTransition. */
  errorInfo?: unknown;
  path?: readonly (string | number)[] | null;
}

/** Every failure of a call: GraphQL errors from the API, or a network failure (then `errors` is empty). */
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

type AmplifyError = GatewayGraphQLError & { originalError?: { name?: string } };

/** What aws-amplify rejected with (a GraphQL result with errors, or an Error), as a GatewayError. */
export function asGatewayError(raw: unknown): GatewayError {
  if (raw instanceof GatewayError) return raw;
  const candidate = raw as { errors?: AmplifyError[]; data?: unknown; message?: string } | null;
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
