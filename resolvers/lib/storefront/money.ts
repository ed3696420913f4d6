/**
 * Money is computed in paise (integers) and returned in rupees, so 0.1 + 0.2 never leaks into a total. Delivery is
 * free from a subtotal of ₹499, else ₹40 (the demo data's rule).
 */
export const FREE_DELIVERY_FROM_PAISE = 49900;
export const DELIVERY_FEE_PAISE = 4000;

export function toPaise(rupees: number): number {
  return Math.round(rupees * 100);
}

export function toRupees(paise: number): number {
  return paise / 100;
}

export function deliveryFeePaise(subtotalPaise: number): number {
  return subtotalPaise >= FREE_DELIVERY_FROM_PAISE ? 0 : DELIVERY_FEE_PAISE;
}
