// Razorpay's published signature vectors: one changed byte, or the same JSON re-serialized, fails.
import { describe, expect, it } from 'vitest';
import { checkoutSignatureValid, webhookSignatureValid } from '../../../functions/payments/signatures';

const WEBHOOK_BODY = '{"a":1,"b":2,"c":{"d":3}}';
const WEBHOOK_SIGNATURE = '2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc';
const CHECKOUT_SIGNATURE = 'b2335e3b0801106b84a7faff035df56ecffde06918c9ddd1f0fafbb37a51cc89';

describe('Razorpay signatures', () => {
  it("accepts Razorpay's webhook vector over the raw body, and nothing else", () => {
    expect(webhookSignatureValid(['123456'], Buffer.from(WEBHOOK_BODY), WEBHOOK_SIGNATURE)).toBe(true);
    expect(webhookSignatureValid(['rotated-away', '123456'], Buffer.from(WEBHOOK_BODY), WEBHOOK_SIGNATURE)).toBe(true);
    expect(webhookSignatureValid(['123456'], Buffer.from(WEBHOOK_BODY.replace('3', '4')), WEBHOOK_SIGNATURE)).toBe(false);
    expect(webhookSignatureValid(['123456'], Buffer.from(JSON.stringify(JSON.parse(WEBHOOK_BODY), null, 1)), WEBHOOK_SIGNATURE)).toBe(false);
    expect(webhookSignatureValid(['123456'], Buffer.from(WEBHOOK_BODY), WEBHOOK_SIGNATURE.replace(/^2/, '3'))).toBe(false);
    expect(webhookSignatureValid(['123456'], Buffer.from(WEBHOOK_BODY), 'not-hex')).toBe(false);
    expect(webhookSignatureValid([''], Buffer.from(WEBHOOK_BODY), WEBHOOK_SIGNATURE)).toBe(false);
  });

  it("accepts Razorpay's checkout vector, and no other order or payment", () => {
    expect(checkoutSignatureValid('key_secret', 'fake_order_id', 'fake_payment_id', CHECKOUT_SIGNATURE)).toBe(true);
    expect(checkoutSignatureValid('key_secret', 'fake_order_iD', 'fake_payment_id', CHECKOUT_SIGNATURE)).toBe(false);
    expect(checkoutSignatureValid('key_secret', 'fake_order_id', 'fake_payment_id2', CHECKOUT_SIGNATURE)).toBe(false);
    expect(checkoutSignatureValid('other_secret', 'fake_order_id', 'fake_payment_id', CHECKOUT_SIGNATURE)).toBe(false);
  });
});
