/**
 * The Stripe webhook of Flow Logic (POST /webhooks/stripe locally; a Lambda function URL when deployed): keeps
 * flowlogic-{stage}-subscriptions and the user's `tier` in flowlogic-{stage}-users in step with Stripe for
 * `customer.subscription.created|updated|deleted` and `invoice.payment_failed`. Other event types answer 200 and
 * change nothing.
 *
 * - Signature: `Stripe-Signature` is checked by the official library over the raw body, with any of the configured
 *   secrets (current and previous, while a secret is rolled) and a tolerance on its timestamp (300 s by default,
 *   measured on the injected clock). A bad, missing or expired signature answers 401 and writes nothing; the
 *   library's message is never logged nor returned (it quotes the end of our secret).
 *   https://docs.stripe.com/webhooks#verify-events
 * - Order and repetition: the row is a pure function of the events applied (stripe-subscription-state.ts), read and
 *   then written under conditions on what was read. A repeated or older event writes nothing; any order ends in the
 *   same row and tier.
 * - One transaction per event: the subscription row and the user's tier (the highest tier of their granting
 *   subscriptions, stripe-tiers.ts) are written by one TransactWriteItems. The user item carries a counter,
 *   `stripe_sync_version`, that every such transaction checks and increments, so two events of one user's
 *   subscriptions never compute the tier from each other's stale rows; a transaction that loses a race re-reads and
 *   tries again. The subscriptions table's stream then publishes the change to the user's subscription
 *   (flow-publisher.ts).
 * - Answers Stripe retries (non-2xx): a payment failure of a subscription not stored yet (its created event is still
 *   on its way; Stripe does not order deliveries) 409; a subscription whose prices map to no tier 422 (retried until
 *   the configuration is fixed); an unexpected store error 500. Answers that a retry cannot change are 200: an event
 *   whose user is unknown (no metadata `user_id`, no stored row of its customer, not registered) is ignored and logged.
 * - Logs: event ids, types, subscription ids and outcomes; never a user id or an e-mail (the seed's PII rule), and
 *   only the name of a DynamoDB error (its message may quote an item).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import Stripe from 'stripe';
import { envelopeOf, invoiceSubscription, StripePayloadError, subscriptionSnapshot, userIdOfMetadata, type StripeEventEnvelope } from './stripe-objects';
import { failureVersion, withPaymentFailure, withSnapshot, SNAPSHOT_RANK, type Merge, type MergeOutcome } from './stripe-subscription-state';
import { userTierOf, type PriceTiers } from './stripe-tiers';

type Row = Record<string, unknown>;

export interface StripeWebhookOptions {
  doc: DynamoDBDocumentClient;
  /** Physical table names. */
  tables: { users: string; subscriptions: string };
  /** Webhook signing secrets (`whsec_...`), current first; none: every request answers 503. */
  secrets: readonly string[];
  /** Price or product id -> tier (stripe-tiers.ts); price metadata `tier` is used when absent. */
  priceTiers?: PriceTiers;
  /** Signature timestamp tolerance in seconds (Stripe's default: 300). */
  toleranceSeconds?: number;
  /** Clock in milliseconds (signature age, users' updated_at). */
  now?: () => number;
  log?: (line: string) => void;
  /** Tries of one event's transaction before answering 503 (default 6). */
  attempts?: number;
}

export interface StripeWebhookRequest {
  /** The body exactly as received. */
  rawBody: Buffer;
  /** The `Stripe-Signature` header. */
  signature: string | undefined;
}

export type StripeOutcome = MergeOutcome | 'ignored';

export interface StripeWebhookAnswer {
  status: number;
  body: { ok: boolean; outcome?: StripeOutcome; error?: string };
}

export const STRIPE_SUBSCRIPTION_EVENTS = Object.keys(SNAPSHOT_RANK);
export const STRIPE_PAYMENT_FAILED = 'invoice.payment_failed';

/** The longest user id accepted from metadata (a longer one names no Flow Logic user: ids are UUIDs). */
const MAX_USER_ID = 256;

const answer = (status: number, body: StripeWebhookAnswer['body']): StripeWebhookAnswer => ({ status, body });

type Verified = { event: unknown } | { rejected: 'missing' | 'mismatch' | 'expired' | 'not JSON' };

/** The event, once one of `secrets` signed the body within `tolerance` seconds of `nowMs`. */
function verify(request: StripeWebhookRequest, secrets: readonly string[], tolerance: number, nowMs: number): Verified {
  if (!request.signature) return { rejected: 'missing' };
  const attempt = (secret: string, within: number): Verified | null => {
    try {
      return { event: Stripe.webhooks.constructEvent(request.rawBody, request.signature!, secret, within, undefined, nowMs) };
    } catch (error) {
      // The signature matched (the library parses the body only then), but the body is not JSON.
      if (error instanceof SyntaxError) return { rejected: 'not JSON' };
      return null;
    }
  };
  for (const secret of secrets) {
    const verified = attempt(secret, tolerance);
    if (verified) return verified;
  }
  // Tolerance 0 skips the age check: a match now means the signature was right but too old (or a replay).
  return secrets.some((secret) => attempt(secret, 0)) ? { rejected: 'expired' } : { rejected: 'mismatch' };
}

class RetryLater extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function stripeWebhook(options: StripeWebhookOptions) {
  const { doc, tables } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now;
  const tolerance = options.toleranceSeconds ?? Stripe.webhooks.DEFAULT_TOLERANCE;
  const priceTiers = options.priceTiers ?? {};
  const attempts = options.attempts ?? 6;

  const readUser = async (userId: string): Promise<Row | null> => {
    const out = await doc.send(new GetCommand({ TableName: tables.users, Key: { user_id: userId }, ConsistentRead: true }));
    // E-mail reservations share the table (`user_id = "email#..."`) and have no e-mail attribute.
    return out.Item && typeof out.Item.email === 'string' ? out.Item : null;
  };

  const readRows = async (userId: string): Promise<Row[]> => {
    const rows: Row[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(new QueryCommand({
        TableName: tables.subscriptions,
        KeyConditionExpression: 'user_id = :u',
        ExpressionAttributeValues: { ':u': userId },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }));
      rows.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return rows;
  };

  /** The user of a subscription: its metadata, else the user of a row already stored for its customer. */
  const userOf = async (subscriptionId: string, customerId: string | undefined, fromMetadata: string | undefined): Promise<string | null> => {
    if (fromMetadata) return fromMetadata.length <= MAX_USER_ID ? fromMetadata : null;
    if (!customerId) return null;
    const out = await doc.send(new QueryCommand({
      TableName: tables.subscriptions,
      IndexName: 'stripe-customer-index',
      KeyConditionExpression: 'stripe_customer_id = :c',
      ExpressionAttributeValues: { ':c': customerId },
    }));
    const items = out.Items ?? [];
    const row = items.find((i) => i.subscription_id === subscriptionId) ?? items[0];
    return typeof row?.user_id === 'string' ? row.user_id : null;
  };

  /** Condition that the row is still as read (absent, or with the versions read). */
  const rowUnchanged = (current: Row | null) => {
    if (!current) return { expression: 'attribute_not_exists(subscription_id)', values: {} };
    const parts: string[] = [];
    const values: Record<string, unknown> = {};
    for (const [name, token] of [['stripe_version', ':sv'], ['stripe_payment_failed_version', ':pf']] as const) {
      if (typeof current[name] === 'string') {
        parts.push(`${name} = ${token}`);
        values[token] = current[name];
      } else parts.push(`attribute_not_exists(${name})`);
    }
    return { expression: parts.join(' AND '), values };
  };

  /**
   * Reads the user and their rows, merges the event into its subscription's row and writes row and tier in one
   * transaction; again from the read when another writer got there first.
   */
  const sync = async (event: StripeEventEnvelope, userId: string, subscriptionId: string, merge: (current: Row | null) => Merge): Promise<StripeWebhookAnswer> => {
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const user = await readUser(userId);
      if (!user) {
        log(`stripe ${event.type} ${event.id}: subscription ${subscriptionId} belongs to no registered user; ignored`);
        return answer(200, { ok: true, outcome: 'ignored' });
      }
      const rows = await readRows(userId);
      const current = rows.find((r) => r.subscription_id === subscriptionId) ?? null;
      const merged = merge(current);
      if (!merged.row) {
        log(`stripe ${event.type} ${event.id}: subscription ${subscriptionId} ${merged.outcome}, nothing written`);
        return answer(200, { ok: true, outcome: merged.outcome });
      }
      const tier = userTierOf([...rows.filter((r) => r !== current), merged.row]);
      const counter = typeof user.stripe_sync_version === 'number' ? user.stripe_sync_version : null;
      const tierChanged = tier !== user.tier;
      const row = rowUnchanged(current);
      const write = new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tables.subscriptions, Item: merged.row, ConditionExpression: row.expression, ...(Object.keys(row.values).length ? { ExpressionAttributeValues: row.values } : {}) } },
          {
            Update: {
              TableName: tables.users,
              Key: { user_id: userId },
              UpdateExpression: `SET stripe_sync_version = :next${tierChanged ? ', tier = :tier, updated_at = :now' : ''}`,
              ConditionExpression: `attribute_exists(email) AND ${counter === null ? 'attribute_not_exists(stripe_sync_version)' : 'stripe_sync_version = :read'}`,
              ExpressionAttributeValues: {
                ':next': (counter ?? 0) + 1,
                ...(counter === null ? {} : { ':read': counter }),
                ...(tierChanged ? { ':tier': tier, ':now': new Date(now()).toISOString() } : {}),
              },
            },
          },
        ],
      });
      const written = await doc.send(write).then(
        () => true,
        (error: Error) => {
          // A condition failed (someone wrote in between) or the items were in another transaction: read again.
          if (error.name === 'TransactionCanceledException' || error.name === 'TransactionConflictException') return false;
          throw error;
        },
      );
      if (written) {
        log(`stripe ${event.type} ${event.id}: subscription ${subscriptionId} applied (status ${String(merged.row.status)}, tier ${tierChanged ? 'changed' : 'kept'})`);
        return answer(200, { ok: true, outcome: 'applied' });
      }
      await sleep(5 * attempt + Math.floor(Math.random() * 10 * attempt));
    }
    throw new RetryLater(503, `subscription ${subscriptionId}: ${attempts} concurrent writes in a row; retry`);
  };

  const onSubscription = async (event: StripeEventEnvelope): Promise<StripeWebhookAnswer> => {
    const snapshot = subscriptionSnapshot(event, priceTiers);
    const userId = await userOf(snapshot.subscription_id, snapshot.stripe_customer_id, userIdOfMetadata(event.object.metadata));
    if (!userId) {
      log(`stripe ${event.type} ${event.id}: subscription ${snapshot.subscription_id} names no user (metadata user_id) and its customer has no stored subscription; ignored`);
      return answer(200, { ok: true, outcome: 'ignored' });
    }
    return sync(event, userId, snapshot.subscription_id, (current) => withSnapshot(current, userId, snapshot));
  };

  const onPaymentFailed = async (event: StripeEventEnvelope): Promise<StripeWebhookAnswer> => {
    const link = invoiceSubscription(event);
    if (!link) {
      log(`stripe ${event.type} ${event.id}: the invoice bills no subscription; ignored`);
      return answer(200, { ok: true, outcome: 'ignored' });
    }
    const userId = await userOf(link.subscriptionId, link.customerId, link.userId);
    const notYet = new RetryLater(409, `subscription ${link.subscriptionId} is not stored yet; retry after its created event`);
    if (!userId) throw notYet;
    const version = failureVersion(event.created, event.id);
    return sync(event, userId, link.subscriptionId, (current) => {
      if (!current) throw notYet;
      return withPaymentFailure(current, version);
    });
  };

  return async (request: StripeWebhookRequest): Promise<StripeWebhookAnswer> => {
    if (options.secrets.length === 0) {
      log('stripe webhook: no signing secret configured; refused');
      return answer(503, { ok: false, error: 'Stripe webhooks are not configured' });
    }
    const verified = verify(request, options.secrets, tolerance, now());
    if ('rejected' in verified) {
      log(`stripe webhook: signature rejected (${verified.rejected})`);
      return verified.rejected === 'not JSON' ? answer(400, { ok: false, error: 'body is not JSON' }) : answer(401, { ok: false, error: 'invalid signature' });
    }
    try {
      const event = envelopeOf(verified.event);
      if (STRIPE_SUBSCRIPTION_EVENTS.includes(event.type)) return await onSubscription(event);
      if (event.type === STRIPE_PAYMENT_FAILED) return await onPaymentFailed(event);
      return answer(200, { ok: true, outcome: 'ignored' });
    } catch (error) {
      if (error instanceof StripePayloadError) {
        log(`stripe webhook: ${error.message}`);
        return answer(error.kind === 'no-tier' ? 422 : 400, { ok: false, error: error.message });
      }
      if (error instanceof RetryLater) {
        log(`stripe webhook: ${error.message}`);
        return answer(error.status, { ok: false, error: error.message });
      }
      log(`stripe webhook: failed (${(error as Error).name}); Stripe will retry`);
      return answer(500, { ok: false, error: 'internal error' });
    }
  };
}

/** Secrets from `STRIPE_WEBHOOK_SECRET` or a Secrets Manager value: `whsec_a,whsec_b`, or `{"webhook_secrets": [...]}`. */
export function webhookSecretsOf(value: string | undefined): string[] {
  const text = (value ?? '').trim();
  if (text.startsWith('{')) {
    let parsed: { webhook_secrets?: unknown };
    try {
      parsed = JSON.parse(text) as { webhook_secrets?: unknown };
    } catch {
      throw new Error('the Stripe webhook secret is neither `whsec_...[,whsec_...]` nor JSON {"webhook_secrets": [...]}');
    }
    const list = Array.isArray(parsed.webhook_secrets) ? parsed.webhook_secrets : [];
    return list.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
  }
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}
