/**
 * The tables each data source's requests reach beyond its own.
 *
 * A DynamoDB data source names one table, but a batch or transaction request names its tables itself, and AppSync
 * calls DynamoDB with the data source's role: a TransactWriteItems on `orders` that also takes stock from `products`
 * is denied unless that role may write `products` too. Our resolvers name every table through the API's environment
 * variables (`ctx.env.TABLE_<id>`, infra/model/data-sources.ts), so the bundles say which tables each data source
 * needs: both targets read this map, the CDK role grants exactly these tables and the local data source refuses the
 * others, as AppSync would.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-write-items.html
 */
import type { BuildResult } from './types';

/** `TABLE_<id>` as it appears in bundled APPSYNC_JS code or a VTL template. */
const TABLE_REFERENCE = /\bTABLE_([A-Za-z][A-Za-z0-9]*)\b/g;

/** The table ids a piece of resolver code names through `TABLE_<id>`. */
export function tablesNamedIn(code: string): string[] {
  return [...new Set([...code.matchAll(TABLE_REFERENCE)].map((m) => m[1]))];
}

/** Data source name -> the table ids its resolvers and functions name (its own table may be among them). */
export function tableGrants(build: Pick<BuildResult, 'resolvers'>): Map<string, Set<string>> {
  const grants = new Map<string, Set<string>>();
  const add = (dataSource: string, code: string) => {
    const named = tablesNamedIn(code);
    if (named.length === 0) return;
    const set = grants.get(dataSource) ?? new Set<string>();
    for (const id of named) set.add(id);
    grants.set(dataSource, set);
  };
  for (const resolver of build.resolvers) {
    if (resolver.kind === 'PIPELINE') {
      // The pipeline's own code calls no data source; its functions do.
      for (const fn of resolver.functions) add(fn.dataSource, fn.code);
    } else if (resolver.runtime === 'APPSYNC_JS') {
      add(resolver.dataSource, resolver.code);
    } else if (resolver.runtime === 'VTL') {
      add(resolver.dataSource, `${resolver.requestTemplate}\n${resolver.responseTemplate}`);
    }
  }
  return grants;
}

/**
 * Every table a DynamoDB data source may touch: its own, then the others its code names, in the order named.
 * A name that is no table of `knownIds` is a typo the deployed API would only meet at run time: refused here.
 */
export function tablesOfDataSource(grants: ReadonlyMap<string, ReadonlySet<string>>, dataSource: string, ownTableId: string, knownIds: ReadonlySet<string>): string[] {
  const named = [...(grants.get(dataSource) ?? [])];
  const unknown = named.filter((id) => !knownIds.has(id));
  if (unknown.length > 0) throw new Error(`data source ${dataSource}: its resolvers name unknown tables ${unknown.map((id) => `TABLE_${id}`).join(', ')}`);
  return [ownTableId, ...named.filter((id) => id !== ownTableId)];
}
