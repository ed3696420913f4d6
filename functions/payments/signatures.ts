/**
 * Razorpay signatures, compared in constant time:
 * - checkout: HMAC-SHA256 of `razorpay_order_id|razorpay_payment_id` with the key secret;
 * - webhooks: HMAC-SHA256 of the raw request body with a webhook secret (X-Razorpay-Signature).
 * https://razorpay.com/docs/payments/server-integration/nodejs/integration-steps/#verify-payment-signature
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const hmac = (secret: string, payload: string | Buffer): Buffer => createHmac('sha256', secret).update(payload).digest();

function sameHex(expected: Buffer, given: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(given)) return false;
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

export function checkoutSignatureValid(keySecret: string, orderId: string, paymentId: string, signature: string): boolean {
  return sameHex(hmac(keySecret, `${orderId}|${paymentId}`), signature);
}

export function webhookSignatureValid(secrets: string[], rawBody: Buffer, signature: string): boolean {
  return secrets.filter(Boolean).some((secret) => sameHex(hmac(secret, rawBody), signature));
}
