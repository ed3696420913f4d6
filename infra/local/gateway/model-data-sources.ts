/**
 * The gateway's own data sources, from infra/model: one DynamoDB data source per table (physical name for the
 * stage), the Lambda handlers of functions/, NONE.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dataSources as modelDataSources, physicalName, tableById } from '../../model';
import { createDynamoDbDataSource } from '../datasources/dynamodb';
import { createLambdaDataSource, type LambdaHandler } from '../datasources/lambda';
import { createNoneDataSource } from '../datasources/none';
import type { DataSource } from '../datasources/types';

export interface ModelDataSourceContext {
  client: DynamoDBClient;
  stage: string;
  /** Lambda handlers by data source name (functions/ wires these). */
  lambdas?: Record<string, LambdaHandler>;
}

export function createModelDataSources(context: ModelDataSourceContext): Record<string, DataSource> {
  const built: Record<string, DataSource> = {};
  for (const ds of modelDataSources) {
    if (ds.type === 'AMAZON_DYNAMODB') {
      built[ds.name] = createDynamoDbDataSource({ client: context.client, tableName: physicalName(tableById(ds.tableId), context.stage) });
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
