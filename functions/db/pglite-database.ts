/**
 * PGlite backend. PGlite is a single connection: its `transaction()` holds an exclusive lock
 * for the whole callback and its top-level `query()` waits for that lock, so statements of
 * concurrent callers never interleave inside a transaction.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, QueryResult, Queryable } from './database';
import { TransactionScope } from './transaction-scope';
import { textParsers } from './type-parsers';

type Runner = Pick<Transaction, 'query' | 'exec'>;

function queryable(runner: Runner): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const result = await runner.query<R>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await runner.exec(sql);
    },
  };
}

export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create({ dataDir, parsers: textParsers });
  await pg.exec(`SET TIME ZONE 'UTC'`);
  const scope = new TransactionScope();
  const outside = queryable(pg);
  return {
    kind: 'pglite',
    query(sql, params) {
      scope.assertOutside('query');
      return outside.query(sql, params);
    },
    exec(sql) {
      scope.assertOutside('exec');
      return outside.exec(sql);
    },
    transaction(fn) {
      scope.assertOutside('transaction');
      return pg.transaction((tx) => scope.run(() => fn(queryable(tx))));
    },
    async close() {
      await pg.close();
    },
  };
}
