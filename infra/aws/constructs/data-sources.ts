/**
 * The AppSync data sources of infra/model: one scoped DynamoDB data source per table, a Lambda data source per
 * handler of functions/ (granted the tables its model names), and NONE.
 */
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { tablesOfDataSource } from '../../build/table-grants';
import { dataSources as modelDataSources, type DataSourceModel } from '../../model';
import { BillingHandler } from './billing-handler';
import type { BillingDatabase } from './billing-database';
import type { Network } from './network';
import { TableDataSource } from './table-data-source';
import type { Tables } from './tables';

export interface DataSourcesProps {
  api: appsync.GraphqlApi;
  tables: Tables;
  network: Network;
  database: BillingDatabase;
  rootDir: string;
  webhookSecret?: secretsmanager.ISecret;
  documents?: s3.IBucket;
  razorpaySecret?: secretsmanager.ISecret;
  /** Defaults to infra/model's data sources. */
  models?: readonly DataSourceModel[];
  /** Data source -> the table ids its resolvers name (infra/build/table-grants.ts); none when omitted. */
  tableGrants?: ReadonlyMap<string, ReadonlySet<string>>;
}

export class DataSources extends Construct {
  readonly byName = new Map<string, appsync.BaseDataSource>();

  constructor(scope: Construct, id: string, props: DataSourcesProps) {
    super(scope, id);
    for (const model of props.models ?? modelDataSources) {
      this.byName.set(model.name, this.create(model, props));
    }
  }

  private create(model: DataSourceModel, props: DataSourcesProps): appsync.BaseDataSource {
    switch (model.type) {
      case 'AMAZON_DYNAMODB': {
        const deployed = props.tables.get(model.tableId, `data source ${model.name}`);
        const [, ...others] = tablesOfDataSource(props.tableGrants ?? new Map(), model.name, model.tableId, new Set(props.tables.byId.keys()));
        const alsoTables = others.map((id) => props.tables.byId.get(id)!);
        return new TableDataSource(this, model.name, { api: props.api, name: model.name, deployed, alsoTables });
      }
      case 'AWS_LAMBDA': {
        const billing = model.billing ? { network: props.network, database: props.database, webhookSecret: props.webhookSecret, documents: props.documents } : {};
        const handler = new BillingHandler(this, `${model.name}Handler`, {
          rootDir: props.rootDir,
          ...billing,
          handler: model.handler,
          description: model.description,
          tables: props.tables.named(model.tables, `data source ${model.name}`),
          razorpaySecret: props.razorpaySecret,
        });
        return props.api.addLambdaDataSource(model.name, handler.fn, { name: model.name, description: model.description });
      }
      case 'NONE':
        return props.api.addNoneDataSource(model.name, { name: model.name });
    }
  }
}
