/**
 * The one description of the gateway's DynamoDB tables, read by both targets:
 * `infra/aws` (CDK) and `infra/local` (DynamoDB Local).
 *
 * Terms:
 * - app: one of the five applications of the seeds.
 * - table id: the name resolvers use for the table's data source, e.g. `orders` in
 *   `resolvers/Query.getOrder.[orders].ts`. Unique across apps, a valid AppSync data source name.
 * - physical name: the DynamoDB table name for a stage, from `namePattern` (`{stage}` is replaced).
 */

export type AppId = 'reporting' | 'storefront' | 'billing' | 'racesim' | 'flowlogic';

/** DynamoDB key attribute types: only S, N and B may key a table or an index. */
export type KeyType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  name: string;
  type: KeyType;
}

export type Projection = { type: 'ALL' } | { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; attributes: string[] };

export interface GlobalIndex {
  name: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  projection: Projection;
  /** Set when the index is not in the seed or differs from it (an erratum fixed on purpose). */
  change?: string;
}

export type StreamView = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';

export interface TableModel {
  id: string;
  app: AppId;
  /** The table's name as the seed gives it. */
  seedName: string;
  /** Physical name; `{stage}` is replaced by the deployment's stage. */
  namePattern: string;
  description: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  globalIndexes: GlobalIndex[];
  stream?: StreamView;
  /** Attribute holding an epoch-seconds expiry, for data that is temporary. */
  ttlAttribute?: string;
  /** Regions beyond the stack's own that hold a global-table replica. */
  replicatedTo?: string[];
  /** Differences from the seed and why (errata fixed on purpose), shown in the README's data model. */
  changes: string[];
}

export function physicalName(table: TableModel, stage: string): string {
  return table.namePattern.replace('{stage}', stage);
}

/** Every attribute that keys the table or one of its indexes, with its type (AttributeDefinitions). */
export function keyAttributes(table: TableModel): KeyAttribute[] {
  const all = [table.partitionKey, table.sortKey, ...table.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  const byName = new Map<string, KeyAttribute>();
  for (const attr of all) {
    if (!attr) continue;
    const seen = byName.get(attr.name);
    if (seen && seen.type !== attr.type) {
      throw new Error(`table ${table.id}: attribute ${attr.name} keyed as both ${seen.type} and ${attr.type}`);
    }
    byName.set(attr.name, attr);
  }
  return [...byName.values()];
}
