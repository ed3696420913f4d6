// The deployed webhook handler's HTTP contract (a function URL event): base64 bodies are verified over their bytes.
import { createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../functions/billing/aws-deps', () => ({
  awsDatabase: async () => ({ transaction: async () => ({ status: 200, body: { ok: true, applied: false } }) }),
  awsRazorpay: async () => ({ config: { webhookSecrets: ['whsec'] } }),
  awsStoreTables: () => ({ doc: {}, tables: { orders: 'orders', payments: 'payments' } }),
}));

const { handler } = await import('../../../functions/payments/webhook-lambda');

describe('Razorpay webhook Lambda', () => {
  const raw = JSON.stringify({ event: 'payment.failed', payload: {} });
  const signature = createHmac('sha256', 'whsec').update(raw).digest('hex');

  it('verifies a base64-encoded body over its bytes and answers as a function URL expects', async () => {
    const answer = await handler({ body: Buffer.from(raw).toString('base64'), isBase64Encoded: true, headers: { 'x-razorpay-signature': signature, 'x-razorpay-event-id': 'evt_1' } });
    expect(answer).toEqual({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: true, applied: false }) });
  });

  it('refuses a body whose signature does not match', async () => {
    const answer = await handler({ body: `${raw} `, headers: { 'x-razorpay-signature': signature, 'x-razorpay-event-id': 'evt_2' } });
    expect(answer.statusCode).toBe(401);
  });
});
