/**
 * Errors the billing handlers answer with. A `BillingError` reaches the client as a GraphQL error with its
 * `errorType` and `errorInfo`; anything else (a PostgreSQL error included) is logged and answered as
 * `InternalFailure` with no detail, so SQL text never leaks to clients.
 */
export class BillingError extends Error {
  override readonly name = 'BillingError';
  constructor(
    readonly errorType: string,
    message: string,
    readonly errorInfo?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** What a billing Lambda resolver returns: data, or an error the APPSYNC_JS response handler raises. */
export type HandlerOutcome =
  | { data: unknown }
  | { error: { message: string; type: string; info?: Record<string, unknown> } };

export function outcomeOf(error: unknown, log: (line: string) => void): HandlerOutcome {
  if (error instanceof BillingError) return { error: { message: error.message, type: error.errorType, info: error.errorInfo } };
  log(`billing: unexpected error: ${(error as Error)?.stack ?? String(error)}`);
  return { error: { message: 'The billing service failed; the operation was not applied.', type: 'InternalFailure' } };
}
