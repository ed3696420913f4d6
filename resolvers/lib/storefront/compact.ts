/** The attributes of `record` that have a value: null and undefined are left out of stored items. */
export function compact(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(record)) {
    const value = record[name];
    if (value !== null && value !== undefined) out[name] = value;
  }
  return out;
}
