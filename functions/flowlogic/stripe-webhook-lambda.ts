/**
 * The deployed Stripe webhook endpoint of Flow Logic: a Lambda behind a function URL (auth NONE: Stripe cannot sign
 * with SigV4; it signs the body instead, checked in stripe-webhook.ts). Function URLs hand over a body base64-encoded
 * when it is not text; either way the signature is checked over the exact bytes Stripe sent.
 *
 * Environment: USERS_TABLE, SUBSCRIPTIONS_TABLE; the signing secrets from the Secrets Manager secret named by
 * STRIPE_SECRET_ARN (`{"webhook_secrets": ["whsec_current", "whsec_previous"]}`), or STRIPE_WEBHOOK_SECRET
 * (`whsec_a[,whsec_b]`) when no secret is named; STRIPE_PRICE_TIERS (optional JSON, stripe-tiers.ts).
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { secretString } from '../shared/secrets';
import { stripeWebhook, webhookSecretsOf } from './stripe-webhook';
import { parsePriceTiers } from './stripe-tiers';

interface FunctionUrlEvent {
  body?: string;
  isBase64Encoded?: boolean;
  headers?: Record<string, string | undefined>;
}

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

let deployed: Promise<ReturnType<typeof stripeWebhook>> | undefined;

async function build(): Promise<ReturnType<typeof stripeWebhook>> {
  const secrets = webhookSecretsOf(process.env.STRIPE_SECRET_ARN ? await secretString('STRIPE_SECRET_ARN') : process.env.STRIPE_WEBHOOK_SECRET);
  return stripeWebhook({
    doc: DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
    tables: { users: env('USERS_TABLE'), subscriptions: env('SUBSCRIPTIONS_TABLE') },
    secrets,
    priceTiers: parsePriceTiers(process.env.STRIPE_PRICE_TIERS),
  });
}

export async function handler(event: FunctionUrlEvent) {
  const rawBody = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  // Function URLs lower-case header names.
  const signature = event.headers?.['stripe-signature'];
  deployed ??= build().catch((error: unknown) => {
    deployed = undefined; // a missing secret may be filled in: try again on the next request
    throw error;
  });
  const answer = await (await deployed)({ rawBody, signature });
  return { statusCode: answer.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer.body) };
}
