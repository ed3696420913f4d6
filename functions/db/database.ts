/**
 * One database abstraction for the Lambda resolvers that own PostgreSQL.
 *
 * - `query(sql, params)` runs one statement (extended protocol, `$1`-style parameters).
 * - `exec(sql)` runs a script of several statements (simple protocol, no parameters): migrations.
 * - `transaction(fn)` runs `fn` inside BEGIN/COMMIT on one connection and rolls back if it throws.
 *   Statements of a transaction go through the `tx` handed to `fn`; calling the outer
 *   `db.query` from inside `fn` is refused (on PGlite it would wait for the transaction forever,
 *   on a pool it would silently run outside the transaction).
 *
 * Backends: PGlite (embedded, the local default; one connection, so transactions are serialised)
 * or a `pg` Pool when `DATABASE_URL` is set. Both return the same JS types (see type-parsers.ts).
 */
import { openPgDatabase } from './pg-database';
import { openPgliteDatabase } from './pglite-database';

export interface QueryResult<R> {
  rows: R[];
  /** Rows returned, or affected by INSERT/UPDATE/DELETE. */
  rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL of a real server; defaults to `process.env.DATABASE_URL`. */
  url?: string;
  /** PGlite data directory when no URL is given; in-memory when omitted. */
  dataDir?: string;
}

/** Opens PostgreSQL at `url`/`DATABASE_URL`, or an embedded PGlite otherwise. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) return openPgDatabase(url);
  return openPgliteDatabase(options.dataDir);
}
