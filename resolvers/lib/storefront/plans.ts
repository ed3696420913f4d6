/** Store limits per tenant plan: `max_stores` is set from the plan, never from the client. */
export const MAX_STORES: Record<string, number> = { FREE: 1, PRO: 5, ENTERPRISE: 20 };
