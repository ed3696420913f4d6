/**
 * What the billing Lambdas need when deployed: PostgreSQL through RDS Proxy as DB_USER with an IAM token per
 * connection (no password anywhere; TLS required by the proxy), the hot-store table from HOT_EVENTS_TABLE, and the
 * storefront tables the Razorpay store payments write.
 * Opened once per container and reused across invocations.
 */
import { Signer } from '@aws-sdk/rds-signer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requiredEnv as env } from '../shared/env';
import { secretString } from '../shared/secrets';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { Database } from '../db/database';
import type { DocumentStore, Mailer } from './files';
import { razorpayClient, type RazorpayConfig, type RazorpayDeps } from '../payments/razorpay-client';
import { openPgDatabase } from '../db/pg-database';
import type { StoreTables } from '../payments/store-payments';


let database: Promise<Database> | null = null;

export function awsDatabase(): Promise<Database> {
  database ??= (() => {
    const host = env('DB_HOST');
    const port = Number(env('DB_PORT'));
    const user = env('DB_USER');
    const signer = new Signer({ hostname: host, port, username: user });
    const url = `postgres://${encodeURIComponent(user)}@${host}:${port}/${encodeURIComponent(env('DB_NAME'))}`;
    // A Lambda serves one request at a time: two connections cover a transaction plus a read.
    return openPgDatabase(url, { password: () => signer.getAuthToken(), ssl: { rejectUnauthorized: true }, max: 2 });
  })();
  return database;
}

export function awsHotStore(): { doc: DynamoDBDocumentClient; hotTable: string } {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
    unmarshallOptions: { wrapNumbers: true },
  });
  return { doc, hotTable: env('HOT_EVENTS_TABLE') };
}

/** The storefront's orders and payments tables (STORE_ORDERS_TABLE, STORE_PAYMENTS_TABLE), for Razorpay store payments. */
export function awsStoreTables(): { doc: DynamoDBDocumentClient; tables: StoreTables } {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  return { doc, tables: { orders: env('STORE_ORDERS_TABLE'), payments: env('STORE_PAYMENTS_TABLE') } };
}

/** Alert webhooks are signed with the Secrets Manager secret named by ALERT_WEBHOOK_SECRET_ARN. */
export async function awsWebhook(): Promise<{ secret: string }> {
  return { secret: await secretString('ALERT_WEBHOOK_SECRET_ARN') };
}

/** Rendered invoices in the BILLING_DOCUMENTS_BUCKET bucket (s3:// URLs), invoice mail through SES. */
export function awsDocuments(): { store: DocumentStore; mailer: Mailer } {
  const bucket = env('BILLING_DOCUMENTS_BUCKET');
  const s3 = new S3Client({});
  const ses = new SESv2Client({});
  return {
    store: {
      async put(key, bytes, contentType) {
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType, ServerSideEncryption: 'aws:kms' }));
        return `s3://${bucket}/${key}`;
      },
    },
    mailer: {
      async send(raw) {
        const out = await ses.send(new SendEmailCommand({ Content: { Raw: { Data: Buffer.from(raw) } } }));
        return out.MessageId ?? '';
      },
    },
  };
}

/** Razorpay keys and webhook secrets from the RAZORPAY_SECRET_ARN secret (`{ key_id, key_secret, webhook_secrets }`). */
export async function awsRazorpay(): Promise<RazorpayDeps> {
  const s = JSON.parse((await secretString('RAZORPAY_SECRET_ARN')) || '{}') as { key_id?: string; key_secret?: string; webhook_secrets?: string[] };
  const config: RazorpayConfig = { keyId: s.key_id ?? '', keySecret: s.key_secret ?? '', webhookSecrets: s.webhook_secrets ?? [] };
  return { config, client: razorpayClient(config) };
}
