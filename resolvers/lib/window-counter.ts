/**
 * One counter of a quota window in an UpdateItem: it grows by one under its limit when the record is still in the
 * current window, or restarts at one for a new window conditioned on the window it was read in, so concurrent
 * rollovers reset it exactly once (the losers fail their condition and retry). The caller names `#<tag>c` (counter)
 * and `#<tag>w` (window attribute) and provides `:one`; the values this clause needs are added to `values`.
 */
export function windowCounterClause(tag: string, window: string, limit: number, stored: unknown, values: Record<string, unknown>) {
  values[`:${tag}w`] = window;
  if (stored === window) {
    values[`:${tag}l`] = limit;
    return { set: `#${tag}c = #${tag}c + :one`, condition: `#${tag}w = :${tag}w AND #${tag}c < :${tag}l` };
  }
  if (stored === undefined || stored === null) return { set: `#${tag}c = :one, #${tag}w = :${tag}w`, condition: `attribute_not_exists(#${tag}w)` };
  values[`:${tag}old`] = stored;
  return { set: `#${tag}c = :one, #${tag}w = :${tag}w`, condition: `#${tag}w = :${tag}old` };
}
