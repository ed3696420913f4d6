/** `pg` Pool backend for a real PostgreSQL server (`DATABASE_URL`). */
import pg from 'pg';
import type { Database, QueryResult, Queryable } from './database';
import { TransactionScope } from './transaction-scope';
import { textParsers } from './type-parsers';

type Client = Pick<pg.PoolClient, 'query'>;

function queryable(client: Client): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const result = await client.query(sql, [...params]);
      return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      // Without parameters pg uses the simple query protocol, which accepts several statements.
      await client.query(sql);
    },
  };
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    textParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Connection settings beyond the URL: a password function (an RDS IAM token per connection), TLS, pool size. */
export type PgExtras = Pick<pg.PoolConfig, 'password' | 'ssl' | 'max'>;

export async function openPgDatabase(connectionString: string, extras: PgExtras = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, types, options: '-c TimeZone=UTC', max: 10, ...extras });
  // A broken idle connection must not crash the process; the next checkout gets a fresh one.
  pool.on('error', () => undefined);
  const scope = new TransactionScope();
  const outside = queryable(pool);
  return {
    kind: 'postgres',
    query(sql, params) {
      scope.assertOutside('query');
      return outside.query(sql, params);
    },
    exec(sql) {
      scope.assertOutside('exec');
      return outside.exec(sql);
    },
    async transaction(fn) {
      scope.assertOutside('transaction');
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await scope.run(() => fn(queryable(client)));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is destroyed rather than returned to the pool.
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
