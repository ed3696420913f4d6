/**
 * Prepares the billing database for the handlers: applies the migrations, then makes sure the role they log in as
 * exists with the password of its secret (RDS Proxy logs it in with that secret once IAM auth has passed), may use
 * IAM authentication on RDS, and may read and write the tables without owning them (no DDL).
 */
import type { Database } from './database';
import { migrate } from './migrate';

export interface PrepareOptions {
  appUser: string;
  appPassword: string;
  migrationsDir?: string;
  log?: (line: string) => void;
}

export async function prepareDatabase(db: Database, options: PrepareOptions): Promise<string[]> {
  const applied = await migrate(db, { dir: options.migrationsDir, log: options.log });
  await db.transaction(async (tx) => {
    const exists = await tx.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [options.appUser]);
    // Utility statements take no parameters: the statement is built with format(%I, %L), which quotes safely.
    const verb = exists.rows.length > 0 ? 'ALTER' : 'CREATE';
    const { rows } = await tx.query<{ sql: string }>(`SELECT format('${verb} ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) AS sql`, [options.appUser, options.appPassword]);
    await tx.exec(rows[0].sql);
    const grants = await tx.query<{ sql: string }>(
      `SELECT format($f$
         GRANT USAGE ON SCHEMA public TO %1$I;
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1$I;
         GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1$I;
         ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %1$I;
       $f$, $1::text) AS sql`,
      [options.appUser],
    );
    await tx.exec(grants.rows[0].sql);
    // rds_iam exists on RDS and Aurora only.
    const iam = await tx.query('SELECT 1 FROM pg_roles WHERE rolname = $1', ['rds_iam']);
    if (iam.rows.length > 0) {
      const { rows: g } = await tx.query<{ sql: string }>(`SELECT format('GRANT rds_iam TO %I', $1::text) AS sql`, [options.appUser]);
      await tx.exec(g[0].sql);
    }
  });
  options.log?.(`role ${options.appUser} ready`);
  return applied;
}
