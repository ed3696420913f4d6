/**
 * The legacy table (f1-strategy-metadata) as the fallback reads and `npm run migrate:f1` both see it: a record's
 * `type` says which new table it belongs to, and a copied record's sort key is the same whoever copies it.
 */
/** The created_at of a copied legacy simulation that carries none (the copy's key must be deterministic). */
export const LEGACY_CREATED_AT = '1970-01-01T00:00:00.000Z';
/** Legacy `type` of a simulation run (strategy_id = simulation_id). */
export const LEGACY_SIMULATION_TYPE = 'simulation';
/** Legacy `type` of a subscription (strategy_id = subscription_id). */
export const LEGACY_SUBSCRIPTION_TYPE = 'subscription';
/**
 * The record `npm run migrate:f1` writes once a complete run has moved every legacy record: while it exists, reads
 * no longer fall back to the legacy table. It lives in f1-user-subscriptions under a user_id no Cognito sub takes.
 */
export const LEGACY_RETIRED_KEY = { user_id: '#migration', subscription_id: 'f1-strategy-metadata' };
