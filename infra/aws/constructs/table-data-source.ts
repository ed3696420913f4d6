/**
 * An AMAZON_DYNAMODB data source whose role may touch its table and its indexes, plus the tables its resolvers'
 * batch and transaction requests name (infra/build/table-grants.ts), nothing else.
 *
 * CDK's `addDynamoDbDataSource` grants through `table.grantReadWriteData`, which also allows stream reads, table
 * description and, on a global table, every replica region's ARN. This data source writes its own policy instead:
 * the item actions resolvers use, on `table/<name>` and `table/<name>/index/*` in this region, plus the table's KMS
 * key through DynamoDB only.
 */
import { Stack } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { indexArns, type DeployedTable } from './tables';

/** Every DynamoDB action an APPSYNC_JS request can cause (transactions are authorised per item action). */
// https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

export const KEY_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'] as const;

/** The item actions on one table and its indexes, and its KMS key through DynamoDB only, in `region`. */
export function tableItemStatements(deployed: DeployedTable, region: string): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      actions: [...TABLE_ACTIONS],
      resources: [deployed.tableArn, indexArns(deployed.tableArn)],
    }),
    new iam.PolicyStatement({
      actions: [...KEY_ACTIONS],
      resources: [deployed.key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${region}.amazonaws.com` } },
    }),
  ];
}

export interface TableDataSourceProps {
  api: appsync.IGraphqlApi;
  name: string;
  deployed: DeployedTable;
  /** Other tables its requests name (batch and transaction items). */
  alsoTables?: readonly DeployedTable[];
}

export class TableDataSource extends appsync.BackedDataSource {
  constructor(scope: Construct, id: string, props: TableDataSourceProps) {
    const { api, name, deployed } = props;
    const also = props.alsoTables ?? [];
    const others = also.length > 0 ? ` (and ${also.map((t) => t.model.id).join(', ')}, named by its transactions and batches)` : '';
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
      description: `AppSync data source ${name}: table ${deployed.model.id} and its indexes only${others}`,
    });
    super(scope, id, { api, name, serviceRole: role }, {
      type: 'AMAZON_DYNAMODB',
      dynamoDbConfig: { tableName: deployed.tableName, awsRegion: Stack.of(scope).region },
    });
    for (const table of [deployed, ...also]) {
      for (const statement of tableItemStatements(table, Stack.of(scope).region)) role.addToPolicy(statement);
    }
  }
}
