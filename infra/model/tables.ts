import { billingTables } from './billing';
import { flowlogicTables } from './flowlogic';
import { racesimTables } from './racesim';
import { reportingTables } from './reporting';
import { storefrontTables } from './storefront';
import type { TableModel } from './types';

/** Every DynamoDB table of the gateway: the seeds' 23 plus the billing hot-event store. */
export const tables: readonly TableModel[] = [
  ...reportingTables,
  ...storefrontTables,
  ...racesimTables,
  ...flowlogicTables,
  ...billingTables,
];

export function tableById(id: string): TableModel {
  const table = tables.find((t) => t.id === id);
  if (!table) throw new Error(`unknown table id "${id}" (known: ${tables.map((t) => t.id).join(', ')})`);
  return table;
}
