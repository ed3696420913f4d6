/**
 * The deployed Stripe webhook endpoint of Flow Logic: a Lambda behind a function URL (auth NONE: Stripe cannot sign
 * with SigV4; it signs the body instead, checked in stripe-webhook.ts over the exact bytes Stripe sent.
 *
 * Environment: USERS_TABLE, SUBSCRIPTIONS_TABLE; the signing secrets from the Secrets Manager secret named by
 * STRIPE_SECRET_ARN (`{"webhook_secrets": ["whsec_current", "whsec_previous"]}`), or STRIPE_WEBHOOK_SECRET
 * (`whsec_a[,whsec_b]`) when no secret is named; STRIPE_PRICE_TIERS (optional JSON, stripe-tiers.ts).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requiredEnv } from '../shared/env';
import { functionUrlAnswer, rawBodyOf, type FunctionUrlEvent } from '../shared/function-url';
import { secretString } from '../shared/secrets';
import { stripeWebhook, webhookSecretsOf } from './stripe-webhook';
import { parsePriceTiers } from './stripe-tiers';

let deployed: Promise<ReturnType<typeof stripeWebhook>> | undefined;

async function build(): Promise<ReturnType<typeof stripeWebhook>> {
  const secrets = webhookSecretsOf(process.env.STRIPE_SECRET_ARN ? await secretString('STRIPE_SECRET_ARN') : process.env.STRIPE_WEBHOOK_SECRET);
  return stripeWebhook({
    doc: DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
    tables: { users: requiredEnv('USERS_TABLE'), subscriptions: requiredEnv('SUBSCRIPTIONS_TABLE') },
    secrets,
    priceTiers: parsePriceTiers(process.env.STRIPE_PRICE_TIERS),
  });
}

export async function handler(event: FunctionUrlEvent) {
  const rawBody = rawBodyOf(event);
  const signature = event.headers?.['stripe-signature'];
  deployed ??= build().catch((error: unknown) => {
    deployed = undefined; // a missing secret may be filled in: try again on the next request
    throw error;
  });
  return functionUrlAnswer(await (await deployed)({ rawBody, signature }));
}
