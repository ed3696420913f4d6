/**
 * POST /webhooks/stripe on the local gateway: the Flow Logic Stripe webhook (functions/flowlogic/stripe-webhook.ts),
 * the same handler the deployed function URL runs, on the local tables. Signing secrets come from
 * STRIPE_WEBHOOK_SECRET (`whsec_a[,whsec_b]`); unset, the development default below, which `npm start` prints so that
 * `stripe listen --forward-to` or a test can sign with it. Price tiers: STRIPE_PRICE_TIERS (functions/flowlogic/stripe-tiers.ts).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { stripeWebhook, webhookSecretsOf, type StripeWebhookOptions } from '../../../functions/flowlogic/stripe-webhook';
import { parsePriceTiers } from '../../../functions/flowlogic/stripe-tiers';
import type { ExtraRoute } from './extra-routes';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';
/** Development only: known to everyone, accepted only when STRIPE_WEBHOOK_SECRET is unset. */
export const DEV_STRIPE_WEBHOOK_SECRET = 'whsec_local_flowlogic_development';

export interface StripeRouteOptions {
  client: DynamoDBClient;
  /** ctx.env of the API: `TABLE_flowUsers`, `TABLE_flowSubscriptions`. */
  env: Readonly<Record<string, string>>;
  /** Default: STRIPE_WEBHOOK_SECRET, else the development secret. */
  secrets?: readonly string[];
  /** Default: STRIPE_PRICE_TIERS. */
  priceTiers?: StripeWebhookOptions['priceTiers'];
  now?: () => number;
  log?: (line: string) => void;
}

export interface StripeRoute {
  routes: ExtraRoute;
  /** How the signing secret was chosen, for the start-up summary (never the secret itself, unless the default). */
  secretSource: string;
}

export function createStripeRoute(options: StripeRouteOptions): StripeRoute {
  const fromEnv = webhookSecretsOf(process.env.STRIPE_WEBHOOK_SECRET);
  const secrets = options.secrets ?? (fromEnv.length > 0 ? fromEnv : [DEV_STRIPE_WEBHOOK_SECRET]);
  const secretSource = options.secrets
    ? 'given by the caller'
    : fromEnv.length > 0
      ? 'STRIPE_WEBHOOK_SECRET'
      : `development default ${DEV_STRIPE_WEBHOOK_SECRET} (set STRIPE_WEBHOOK_SECRET to change it)`;
  const handle = stripeWebhook({
    doc: DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } }),
    tables: { users: options.env.TABLE_flowUsers, subscriptions: options.env.TABLE_flowSubscriptions },
    secrets,
    priceTiers: options.priceTiers ?? parsePriceTiers(process.env.STRIPE_PRICE_TIERS),
    now: options.now,
    log: options.log,
  });
  const routes: ExtraRoute = async (req, res, body) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== STRIPE_WEBHOOK_PATH) return false;
    const header = req.headers['stripe-signature'];
    const answer = await handle({ rawBody: await body(), signature: Array.isArray(header) ? header[0] : header });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    return true;
  };
  return { routes, secretSource };
}
