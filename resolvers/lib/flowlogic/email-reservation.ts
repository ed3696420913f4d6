/**
 * E-mails are unique (seed: "email: GSI, unique"), which a GSI cannot enforce. registerFlowUser therefore writes, in
 * the same transaction as the user, a reservation item `user_id = "email#<email>"` (attribute `owner_user_id`, no
 * `email`, so it never appears in email-index) under attribute_not_exists: a second user with the same e-mail cancels
 * the transaction. Reads by id skip reservations.
 */
export const EMAIL_RESERVATION_PREFIX = 'email#';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailReservationKey(email: string): string {
  return `${EMAIL_RESERVATION_PREFIX}${normalizeEmail(email)}`;
}

export function isUserRecord(item: unknown): boolean {
  return !!item && typeof (item as Record<string, unknown>).email === 'string';
}
