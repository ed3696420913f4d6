/**
 * The CloudFormation custom resource that prepares the billing database on every deploy (prepare.ts), run in the VPC
 * by the CDK Provider framework. It connects straight to the cluster as the master user (the proxy takes IAM only),
 * with TLS verified against the RDS CA bundle the Lambda runtime ships (NODE_EXTRA_CA_CERTS). Deleting the resource
 * leaves the database alone: it is retained with the cluster.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { openPgDatabase } from './pg-database';
import { prepareDatabase } from './prepare';

interface DbSecret {
  username: string;
  password: string;
  host?: string;
  port?: number;
  dbname?: string;
}

interface ResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  PhysicalResourceId?: string;
}

const secrets = new SecretsManagerClient({});

async function secret(arnVariable: string): Promise<DbSecret> {
  const arn = process.env[arnVariable];
  if (!arn) throw new Error(`${arnVariable} is not set`);
  const out = await secrets.send(new GetSecretValueCommand({ SecretId: arn }));
  return JSON.parse(out.SecretString ?? '{}') as DbSecret;
}

export async function handler(event: ResourceEvent) {
  const physicalId = event.PhysicalResourceId ?? 'billing-database';
  if (event.RequestType === 'Delete') return { PhysicalResourceId: physicalId };
  const master = await secret('MASTER_SECRET_ARN');
  const app = await secret('APP_SECRET_ARN');
  const url = `postgres://${encodeURIComponent(master.username)}@${master.host}:${master.port}/${encodeURIComponent(master.dbname ?? 'billing')}`;
  const db = await openPgDatabase(url, { password: master.password, ssl: { rejectUnauthorized: true }, max: 1 });
  try {
    const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
    const applied = await prepareDatabase(db, { appUser: app.username, appPassword: app.password, migrationsDir, log: (line) => console.log(line) });
    return { PhysicalResourceId: physicalId, Data: { applied: applied.length } };
  } finally {
    await db.close();
  }
}
