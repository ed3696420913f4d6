/**
 * Exact money: decimal.js, never floats. Each amount is rounded once, half-up, to its currency's minor unit
 * (ISO 4217 exponent).
 */
import Decimal from 'decimal.js';

/** A Decimal constructor of its own, so no other user of decimal.js can change our precision or rounding. */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

/** ISO 4217 minor-unit exponents that are not 2. */
const MINOR_UNIT_EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };

export function minorUnitExponent(currency: string): number {
  return MINOR_UNIT_EXPONENTS[currency] ?? 2;
}

/** `amount` rounded half-up to `currency`'s minor unit. */
export function roundToMinorUnit(amount: Money, currency: string): Money {
  return amount.toDecimalPlaces(minorUnitExponent(currency), Decimal.ROUND_HALF_UP);
}

/** The amount as PostgreSQL `numeric` text with exactly the currency's decimals ("12.50"). */
export function moneyText(amount: Money, currency: string): string {
  return amount.toFixed(minorUnitExponent(currency));
}
