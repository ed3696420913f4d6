/**
 * Databases for the billing tests: a fresh in-memory PGlite, or a fresh database on the real
 * PostgreSQL server named by TEST_DATABASE_URL (scripts/pg-test-server.sh starts one).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../../functions/db/database';
import { openPgliteDatabase } from '../../../functions/db/pglite-database';

export type Backend = 'pglite' | 'postgres';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL;

/** Both backends, with whether each can run here. */
export const backends: { name: Backend; available: boolean }[] = [
  { name: 'pglite', available: true },
  { name: 'postgres', available: Boolean(testDatabaseUrl) },
];

export interface TestDatabase {
  /** URL of the fresh database (postgres only). */
  url?: string;
  open(): Promise<Database>;
  /** Drops the database (postgres); close every Database opened from it first. */
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the backend; PGlite opens a single in-memory instance. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    return { open: () => openPgliteDatabase(), drop: async () => undefined };
  }
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `billing_t_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    open: () => openDatabase({ url: url.toString() }),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** The SQLSTATE of a database error (both backends expose `code`). */
export async function sqlState(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
  return 'no error';
}
