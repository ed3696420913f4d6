import type { GlobalIndex, KeyAttribute, Projection } from './types';

export const s = (name: string): KeyAttribute => ({ name, type: 'S' });
export const n = (name: string): KeyAttribute => ({ name, type: 'N' });

const ALL: Projection = { type: 'ALL' };

/** A GSI projecting all attributes (what every seed index asks for unless it says otherwise). */
export function gsi(name: string, partitionKey: KeyAttribute, sortKey?: KeyAttribute, change?: string): GlobalIndex {
  return { name, partitionKey, ...(sortKey ? { sortKey } : {}), projection: ALL, ...(change ? { change } : {}) };
}
