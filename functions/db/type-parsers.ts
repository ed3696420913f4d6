/**
 * Both backends return the same JS values:
 * - `numeric` -> string (exact; money goes through decimal.js, never a float),
 * - `bigint` (int8) -> string (pg's default; PGlite would give a lossy number),
 * - `date` -> 'YYYY-MM-DD' string (pg would build a Date at *local* midnight),
 * - `timestamptz` -> Date, `jsonb` -> parsed JSON, arrays -> JS arrays (both defaults).
 * Sessions run with `TimeZone=UTC`.
 */
export const OID = { INT8: 20, DATE: 1082, NUMERIC: 1700 } as const;

const keepText = (value: string): string => value;

/** Parser overrides keyed by type OID, in the shape PGlite's `parsers` option takes. */
export const textParsers: Record<number, (value: string) => string> = {
  [OID.INT8]: keepText,
  [OID.DATE]: keepText,
  [OID.NUMERIC]: keepText,
};
