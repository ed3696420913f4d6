/**
 * The billing Lambda, the storefront payments Lambda and the Lambda authorizer, run in-process for the local gateway: PostgreSQL is PGlite (in
 * `dataDir`, or in memory) unless DATABASE_URL names a real server, migrated on first use. The database opens lazily,
 * on the first billing request, so a gateway that never bills never starts it. With `autoFlush`, every ingestion is
 * followed by a flush, as the hot store's stream triggers it when deployed; flushes run one at a time, each followed by
 * the alert rules of the organisations it counted; `alertIntervalMs` adds the deployed schedule's evaluation.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { directoryStore, outboxMailer } from '../../../functions/billing/files';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { openDatabase, type Database } from '../../../functions/db/database';
import { migrate } from '../../../functions/db/migrate';
import { billingHandler, flushAndAlert, type BillingDeps } from '../../../functions/billing/api';
import { evaluateAlerts } from '../../../functions/billing/alerts/evaluate';
import type { WebhookOptions } from '../../../functions/billing/alerts/webhook';
import { authorizeApiKey, type AuthorizerEvent } from '../../../functions/billing/authorizer';
import type { LambdaHandler } from '../datasources/lambda';
import type { LocalAppSyncOptions } from './local-appsync';
import { razorpayClient, type RazorpayConfig } from '../../../functions/payments/razorpay-client';
import { handleRazorpayWebhook } from '../../../functions/payments/webhooks';
import { storePaymentsHandler, type StorePaymentsEvent } from '../../../functions/payments/store-api';
import type { StorePaymentsDeps, StoreTables } from '../../../functions/payments/store-payments';
import { retryDuePayments } from '../../../functions/payments/payment-retries';

const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
import type { LambdaAuthorizerSettings } from '../auth';

export interface BillingRuntimeOptions {
  client: DynamoDBClient;
  /** Physical name of the hot-store table. */
  hotTable: string;
  /** Physical names of the storefront tables Razorpay store payments write. */
  storeTables: StoreTables;
  /** PGlite data directory; in memory when omitted. Ignored when `databaseUrl` is set. */
  dataDir?: string;
  databaseUrl?: string;
  now?: () => number;
  log?: (line: string) => void;
  autoFlush?: boolean;
  /** Alert webhooks (default: secret ALERT_WEBHOOK_SECRET or `local-alert-webhook-secret`, AWS-like backoff). */
  webhook?: WebhookOptions;
  /** Where rendered invoices (`invoices/`) and sent mail (`outbox/*.eml`) go; a temporary directory by default. */
  filesDir?: string;
  /** Razorpay keys (default: RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET, RAZORPAY_WEBHOOK_SECRETS comma-separated; none: payments refused). */
  razorpay?: RazorpayConfig;
  /** Evaluate every alert rule on this period, as the deployed schedule does (default: never). */
  alertIntervalMs?: number;
  /** Retry the due failed invoice payments on this period, as the deployed schedule does (default: never). */
  paymentRetryIntervalMs?: number;
}

function razorpayFromEnv(): RazorpayConfig | undefined {
  const { RAZORPAY_KEY_ID: keyId, RAZORPAY_KEY_SECRET: keySecret, RAZORPAY_WEBHOOK_SECRETS: secrets } = process.env;
  if (!keyId || !keySecret) return undefined;
  return { keyId, keySecret, webhookSecrets: (secrets ?? '').split(',').filter(Boolean) };
}

export interface BillingRuntime {
  /** The HTTP routes of the payment Lambdas' function URLs: POST /webhooks/razorpay. */
  routes: NonNullable<LocalAppSyncOptions['extraRoutes']>;
  /** Rendered invoices under `invoices/`, sent mail under `outbox/`. */
  filesDir: string;
  lambdas: Record<string, LambdaHandler>;
  authorizer: LambdaAuthorizerSettings;
  /** The database (opened and migrated on first call). */
  database(): Promise<Database>;
  /** Starts a flush now (as a stream record would), one at a time. */
  flushSoon(): void;
  /** Resolves when no flush is running or scheduled. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function createBillingRuntime(options: BillingRuntimeOptions): BillingRuntime {
  // Unexpected handler errors must be seen: the client only gets InternalFailure.
  const log = options.log ?? ((line: string) => console.error(line));
  const now = options.now ?? Date.now;
  const doc = DynamoDBDocumentClient.from(options.client, {
    marshallOptions: { removeUndefinedValues: true },
    // Exact decimals: metric values keep every digit on their way to PostgreSQL.
    unmarshallOptions: { wrapNumbers: true },
  });
  const razorpay = options.razorpay ?? razorpayFromEnv();
  // One Razorpay client for the invoice and the store handlers, as both deployed handlers read one secret.
  const razorpayDeps = razorpay ? { config: razorpay, client: razorpayClient(razorpay) } : undefined;
  const store: StorePaymentsDeps = {
    doc: DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } }),
    tables: options.storeTables,
    razorpay: razorpayDeps,
    now,
    log,
  };
  const storePayments = storePaymentsHandler(store);
  const filesDir = options.filesDir ?? mkdtempSync(join(tmpdir(), 'billing-files-'));
  let opening: Promise<Database> | null = null;
  const database = () => {
    opening ??= (async () => {
      const db = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
      await migrate(db, { log: (line) => log(`billing migrations: ${line}`) });
      return db;
    })();
    return opening;
  };

  let flushing: Promise<void> | null = null;
  let again = false;
  const scheduleFlush = (deps: BillingDeps) => {
    if (flushing) {
      again = true;
      return;
    }
    flushing = (async () => {
      do {
        again = false;
        const out = await flushAndAlert(deps);
        if (out.read > 0) log(`billing flush: ${out.inserted} counted, ${out.duplicates} already counted`);
      } while (again);
    })()
      .catch((error: Error) => log(`billing flush failed (events stay pending): ${error.message}`))
      .finally(() => {
        flushing = null;
      });
  };

  // Built once, on first use (the database opens then).
  let built: Promise<BillingDeps> | null = null;
  const build = async (): Promise<BillingDeps> => {
    const webhook = options.webhook ?? { secret: process.env.ALERT_WEBHOOK_SECRET ?? 'local-alert-webhook-secret' };
    const store = directoryStore(filesDir);
    const mailer = outboxMailer(join(filesDir, 'outbox'));
    const deps: BillingDeps = { db: await database(), doc, hotTable: options.hotTable, now, log, webhook, store, mailer };
    if (razorpayDeps) deps.razorpay = razorpayDeps;
    if (options.autoFlush) deps.afterIngest = () => scheduleFlush(deps);
    return deps;
  };
  const depsPromise = () => (built ??= build());
  let handler: ReturnType<typeof billingHandler> | null = null;

  const schedule = options.alertIntervalMs
    ? setInterval(() => {
        void depsPromise()
          .then((deps) => evaluateAlerts(deps.db, { now: new Date(now()), webhook: deps.webhook, log }))
          .catch((error: Error) => log(`scheduled alert evaluation failed: ${error.message}`));
      }, options.alertIntervalMs)
    : null;
  const retrySchedule = options.paymentRetryIntervalMs
    ? setInterval(() => {
        void depsPromise()
          .then((deps) => (deps.razorpay ? retryDuePayments(deps.db, deps.razorpay.client, new Date(now())) : []))
          .then((made) => made.forEach((m) => log(`payment retry ${m.attempt}: Razorpay order ${m.razorpay_order_id}`)))
          .catch((error: Error) => log(`scheduled payment retries failed: ${error.message}`));
      }, options.paymentRetryIntervalMs)
    : null;

  const routes: BillingRuntime['routes'] = async (req, res, body) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== '/webhooks/razorpay') return false;
    const answer = razorpay
      ? await handleRazorpayWebhook({ db: database, store }, razorpay.webhookSecrets, {
          rawBody: await body(),
          signature: header(req.headers['x-razorpay-signature']),
          eventId: header(req.headers['x-razorpay-event-id']),
        }, new Date(now()), log)
      : { status: 503, body: { ok: false, error: 'Razorpay is not configured' } };
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    return true;
  };

  return {
    filesDir,
    routes,
    lambdas: {
      billingApi: async (event) => {
        handler ??= billingHandler(await depsPromise());
        return handler(event as Parameters<typeof handler>[0]);
      },
      storefrontPayments: async (event) => storePayments(event as unknown as StorePaymentsEvent),
    },
    authorizer: {
      handler: async (event) => authorizeApiKey(await database(), event as unknown as AuthorizerEvent),
    },
    database,
    flushSoon: () => {
      void depsPromise().then(scheduleFlush);
    },
    idle: async () => {
      while (flushing) await flushing;
    },
    close: async () => {
      if (schedule) clearInterval(schedule);
      if (retrySchedule) clearInterval(retrySchedule);
      while (flushing) await flushing;
      if (opening) await (await opening).close();
    },
  };
}
