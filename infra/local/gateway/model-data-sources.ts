/**
 * The gateway's own data sources, from infra/model: one DynamoDB data source per table (physical name for the
 * stage), confined to the tables its deployed role may use when `grants` are given; the Lambda handlers of
 * functions/; NONE.
 */
import { tablesOfDataSource } from '../../build/table-grants';
import { dataSources as modelDataSources, physicalName, tableById, tables } from '../../model';
import { createDynamoDbDataSource, type DynamoWire } from '../datasources/dynamodb';
import { createLambdaDataSource, type LambdaHandler } from '../datasources/lambda';
import { createNoneDataSource } from '../datasources/none';
import type { DataSource } from '../datasources/types';

export interface ModelDataSourceContext {
  /** DynamoDB Local for the data sources (localDynamoWire). */
  wire: DynamoWire;
  stage: string;
  /** Lambda handlers by data source name (functions/ wires these). */
  lambdas?: Record<string, LambdaHandler>;
  region?: string;
  /** Data source -> the table ids its resolvers name (infra/build/table-grants.ts). */
  grants?: ReadonlyMap<string, ReadonlySet<string>>;
}

const knownIds: ReadonlySet<string> = new Set(tables.map((t) => t.id));

export function createModelDataSources(context: ModelDataSourceContext): Record<string, DataSource> {
  const built: Record<string, DataSource> = {};
  for (const ds of modelDataSources) {
    if (ds.type === 'AMAZON_DYNAMODB') {
      const tableName = physicalName(tableById(ds.tableId), context.stage);
      const region = context.region ?? 'eu-west-2';
      const access = context.grants && {
        dataSource: ds.name,
        region,
        tables: new Set(tablesOfDataSource(context.grants, ds.name, ds.tableId, knownIds).map((id) => physicalName(tableById(id), context.stage))),
      };
      built[ds.name] = createDynamoDbDataSource({ client: context.wire, tableName, region, access });
    } else if (ds.type === 'AWS_LAMBDA') {
      const handler = context.lambdas?.[ds.name];
      if (!handler) throw new Error(`no local handler wired for Lambda data source ${ds.name}`);
      built[ds.name] = createLambdaDataSource({ name: ds.name, handler });
    } else {
      built[ds.name] = createNoneDataSource();
    }
  }
  return built;
}
