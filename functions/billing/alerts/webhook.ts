/**
 * Alert webhooks: a JSON POST signed with HMAC-SHA256 over `<timestamp>.<body>` (header
 * `X-Billing-Signature: t=<unix seconds>,v1=<hex>`, so a receiver can refuse replays), retried with backoff on network
 * errors and non-2xx answers. Every attempt is returned for the alert's history.
 */
import { createHmac } from 'node:crypto';

export interface Attempt {
  at: string;
  status: number | null;
  error: string | null;
}

export interface WebhookOptions {
  secret: string;
  /** Delays before the 2nd, 3rd, ... attempt; default 1 s, 5 s, 30 s. */
  backoffMs?: number[];
  timeoutMs?: number;
  now?: () => number;
}

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export async function deliverWebhook(url: string, payload: unknown, options: WebhookOptions): Promise<{ delivered: boolean; attempts: Attempt[] }> {
  const backoff = options.backoffMs ?? [1000, 5000, 30000];
  const now = options.now ?? Date.now;
  const body = JSON.stringify(payload);
  const attempts: Attempt[] = [];
  for (let i = 0; i <= backoff.length; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, backoff[i - 1]));
    const timestamp = Math.floor(now() / 1000);
    const at = new Date(now()).toISOString();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-billing-signature': signWebhook(options.secret, timestamp, body) },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
      attempts.push({ at, status: res.status, error: res.ok ? null : `HTTP ${res.status}` });
      if (res.ok) return { delivered: true, attempts };
    } catch (error) {
      attempts.push({ at, status: null, error: (error as Error).message });
    }
  }
  return { delivered: false, attempts };
}
