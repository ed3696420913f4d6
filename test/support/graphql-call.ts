/**
 * One GraphQL call to a repo gateway as the domain suites make it: with a Cognito token, an API key of the
 * billing authorizer (both in `authorization`) or the AppSync API key, answered as data, errors and the first
 * error's errorType and errorInfo.
 */
import { gql } from './demo-gateway';
import type { RepoGateway } from './repo-gateway';

export type GqlError = { errorType?: string; message?: string; errorInfo?: Record<string, unknown> | null };
// Results are arbitrary JSON that the tests inspect field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export interface Outcome {
  data: Json;
  errors: GqlError[] | undefined;
  /** errorType of the first error, or undefined. */
  errorType: string | undefined;
  errorInfo: Record<string, unknown> | null | undefined;
}

export function outcomeOf(body: { data?: Json; errors?: GqlError[] }): Outcome {
  const errors = body.errors;
  return { data: body.data ?? null, errors, errorType: errors?.[0]?.errorType, errorInfo: errors?.[0]?.errorInfo };
}

/** POSTs one operation with `token` in `authorization`, or with the gateway's API key when `token` is `{ apiKey }`. */
export async function call(gw: RepoGateway, token: string | { apiKey: true }, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const headers: Record<string, string> = typeof token === 'string' ? { authorization: token } : { 'x-api-key': gw.auth.apiKey.id };
  const { body } = await gql(gw.url, query, variables, headers);
  return outcomeOf(body as { data?: Json; errors?: GqlError[] });
}

/** Calls `query` until it is not refused with TransactionConflict (the documented "retry"), at most `attempts` times. */
export async function callRetrying(gw: RepoGateway, token: string, query: string, variables: Record<string, unknown> = {}, attempts = 200): Promise<Outcome> {
  let last: Outcome | undefined;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    last = await call(gw, token, query, variables);
    if (last.errorType !== 'TransactionConflict') return last;
  }
  return last as Outcome;
}
