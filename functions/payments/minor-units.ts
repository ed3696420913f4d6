/** Razorpay amounts are integers in the currency's minor unit (paise for INR); ours are exact decimals. */
import { BillingError } from '../billing/errors';
import { minorUnitExponent, Money } from '../billing/money';

export function toMinorUnits(amount: string, currency: string): number {
  const minor = new Money(amount).times(10 ** minorUnitExponent(currency));
  if (!minor.isInteger() || minor.lte(0)) throw new BillingError('ValidationError', `amount ${amount} ${currency} is not a positive amount in ${currency}`);
  return minor.toNumber();
}

export function fromMinorUnits(minor: number, currency: string): string {
  return new Money(minor).dividedBy(10 ** minorUnitExponent(currency)).toFixed(minorUnitExponent(currency));
}
