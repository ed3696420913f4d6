/**
 * A fake Razorpay API on loopback (Razorpay itself is out of reach): orders and refunds, Basic auth checked, refunds
 * idempotent by X-Refund-Idempotency as Razorpay documents. The official client talks to it over real HTTP.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRazorpay {
  url: string;
  orders: { amount: number; currency: string; receipt: string }[];
  refunds: Map<string, { id: string; payment_id: string; amount: number }>;
  /** How the next refund call fails: an HTTP status Razorpay answers with, or `drop` (the connection closes unanswered). */
  next: { refundFailure: number | 'drop' | null };
  close(): Promise<void>;
}

export async function startFakeRazorpay(keyId: string, keySecret: string): Promise<FakeRazorpay> {
  const fake: Omit<FakeRazorpay, 'url' | 'close'> = { orders: [], refunds: new Map(), next: { refundFailure: null } };
  const expectedAuth = `Basic ${Buffer.from(`${keyId}:${keySecret}`).toString('base64')}`;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.headers.authorization !== expectedAuth) return reply(401, { error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed' } });
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      if (req.method === 'POST' && req.url === '/v1/orders') {
        if (!Number.isInteger(body.amount)) return reply(400, { error: { code: 'BAD_REQUEST_ERROR', description: 'amount must be an integer' } });
        fake.orders.push(body as FakeRazorpay['orders'][number]);
        return reply(200, { id: `order_${fake.orders.length}`, entity: 'order', status: 'created', ...body });
      }
      const refund = /^\/v1\/payments\/([^/]+)\/refund$/.exec(req.url ?? '');
      if (req.method === 'POST' && refund && fake.next.refundFailure !== null) {
        const failure = fake.next.refundFailure;
        fake.next.refundFailure = null;
        if (failure === 'drop') return req.socket.destroy();
        return reply(failure, { error: { code: 'BAD_REQUEST_ERROR', description: 'The refund amount provided is greater than amount captured' } });
      }
      if (req.method === 'POST' && refund) {
        const key = String(req.headers['x-refund-idempotency'] ?? `anon-${fake.refunds.size}`);
        if (!fake.refunds.has(key)) fake.refunds.set(key, { id: `rfnd_${fake.refunds.size + 1}`, payment_id: refund[1], amount: Number(body.amount) });
        return reply(200, { ...fake.refunds.get(key), entity: 'refund', status: 'processed' });
      }
      return reply(404, { error: { code: 'NOT_FOUND', description: 'no such route' } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    ...fake,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
