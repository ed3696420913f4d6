/** Page sizes of list fields: `limit` defaults to 20 and is clamped to 1..100. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(limit: number | null | undefined): number {
  if (limit === null || limit === undefined) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(Math.floor(limit), 1), MAX_PAGE_SIZE);
}
