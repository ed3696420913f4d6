/**
 * Remembers which transaction the current async call chain is inside, so that a stray
 * `db.query` from within `db.transaction(fn)` fails loudly instead of deadlocking (PGlite)
 * or escaping the transaction (pg Pool).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { DatabaseUsageError } from './errors';

export class TransactionScope {
  readonly #current = new AsyncLocalStorage<true>();

  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.#current.run(true, fn);
  }

  /** Throws when called from inside a transaction of the same database. */
  assertOutside(what: string): void {
    if (this.#current.getStore()) {
      throw new DatabaseUsageError(
        `db.${what} was called inside db.transaction(); use the transaction's own client (tx.${what === 'transaction' ? 'query' : what})`,
      );
    }
  }
}
