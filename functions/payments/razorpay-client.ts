/**
 * The official `razorpay` client. `hostUrl` points it elsewhere than api.razorpay.com (the tests' fake Razorpay on
 * loopback); the SDK has no option for it, so its axios instance's base URL is set.
 */
import Razorpay from 'razorpay';
import { BillingError } from '../billing/errors';

export interface RazorpayConfig {
  keyId: string;
  keySecret: string;
  /** Current and previous webhook secrets: both are accepted while rotating. */
  webhookSecrets: string[];
  hostUrl?: string;
}

export type RazorpayClient = InstanceType<typeof Razorpay>;

/** Razorpay as a handler holds it: absent when the deployment has no keys. */
export interface RazorpayDeps {
  client: RazorpayClient;
  config: RazorpayConfig;
}

/** The handler's Razorpay, or the `PaymentsNotConfigured` error its payment fields answer without one. */
export function requireRazorpay(razorpay: RazorpayDeps | undefined): RazorpayDeps {
  if (!razorpay) throw new BillingError('PaymentsNotConfigured', 'Razorpay keys are not configured for this deployment');
  return razorpay;
}

export function razorpayClient(config: RazorpayConfig): RazorpayClient {
  const client = new Razorpay({ key_id: config.keyId, key_secret: config.keySecret });
  if (config.hostUrl) (client as unknown as { api: { rq: { defaults: { baseURL: string } } } }).api.rq.defaults.baseURL = config.hostUrl;
  return client;
}

export interface RazorpayRefund {
  id: string;
  status: string;
}

/**
 * POST /v1/payments/:id/refund with Razorpay's `X-Refund-Idempotency` header: the same key answers the same refund.
 * The SDK's `payments.refund` drops headers it does not know, so the request goes through its HTTP layer.
 * https://razorpay.com/docs/api/refunds/idempotency/
 */
export async function createRefund(rzp: RazorpayClient, razorpayPaymentId: string, amountMinor: number, notes: Record<string, string>, idempotencyKey: string): Promise<RazorpayRefund> {
  const http = (rzp as unknown as { api: { rq: { post: (u: string, d: unknown, c: unknown) => Promise<{ data: RazorpayRefund }> } } }).api.rq;
  try {
    const answer = await http.post(`/v1/payments/${razorpayPaymentId}/refund`, { amount: amountMinor, notes }, { headers: { 'X-Refund-Idempotency': idempotencyKey } });
    return answer.data;
  } catch (error) {
    // As the SDK's own calls fail: `statusCode` (none when Razorpay did not answer) and Razorpay's `error` body.
    const response = (error as { response?: { status?: number; data?: { error?: unknown } } }).response;
    throw Object.assign(new Error(`Razorpay refund failed${response?.status ? ` (HTTP ${response.status})` : ': no answer'}`), { statusCode: response?.status, error: response?.data?.error });
  }
}
