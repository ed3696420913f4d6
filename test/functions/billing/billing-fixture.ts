/**
 * A billing back end without the gateway, for property and fault tests: the hot-store table on the run's DynamoDB
 * Local, a migrated database (PGlite or the real server), and fresh organisations with a project and prices.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Database, Queryable } from '../../../functions/db/database';
import { migrate } from '../../../functions/db/migrate';
import { apiEnvironment, tables } from '../../../infra/model';
import { createTables } from '../../../infra/local/dynamodb/create-tables';
import { testDynamoClient } from '../../support/dynamodb';
import { createTestDatabase, type Backend, type TestDatabase } from '../support/databases';

export interface BillingFixture {
  db: Database;
  doc: DynamoDBDocumentClient;
  hotTable: string;
  close(): Promise<void>;
}

export async function billingFixture(backend: Backend): Promise<BillingFixture> {
  const client = testDynamoClient();
  const stage = `p${randomBytes(3).toString('hex')}`;
  await createTables(client, { stage, tables: tables.filter((t) => t.app === 'billing') });
  const database: TestDatabase = await createTestDatabase(backend);
  const db = await database.open();
  await migrate(db);
  await db.query(
    `INSERT INTO pricing_plans (metric_name, unit, price_per_unit, currency, effective_from) VALUES ('api_calls', 'requests', '0.0004', 'INR', '2000-01-01')`,
  );
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true }, unmarshallOptions: { wrapNumbers: true } });
  return {
    db,
    doc,
    hotTable: apiEnvironment(stage).TABLE_usageHotEvents,
    close: async () => {
      await db.close();
      await database.drop();
      client.destroy();
    },
  };
}

/** A new active organisation (currency INR) with one project. */
export async function newOrganisation(db: Queryable): Promise<{ organisationId: string; projectId: string }> {
  const organisationId = randomUUID();
  const projectId = randomUUID();
  await db.query(`INSERT INTO organisations (id, name, billing_email) VALUES ($1, 'prop', 'p@x.example')`, [organisationId]);
  await db.query(`INSERT INTO projects (id, organisation_id, name) VALUES ($1, $2, 'p')`, [projectId, organisationId]);
  return { organisationId, projectId };
}
