/**
 * The DynamoDB tables of infra/model, as deployed in one region.
 *
 * Every table is a `TableV2` (CloudFormation `AWS::DynamoDB::GlobalTable`), replicated or not: a table can gain a
 * replica later without being replaced, which a move from `AWS::DynamoDB::Table` would force. A table whose model
 * names `replicatedTo` regions is created, with its replicas, by the primary region's stack only; the other regions'
 * stacks refer to their local replica by name.
 *
 * One customer-managed KMS key per app (rotation on), aliased `alias/gateway-<stage>-<app>-tables` in every region, so
 * the primary can name the replica regions' keys before they are known (a replica's KMSMasterKeyId may be an alias
 * ARN: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-replicassespecification.html).
 * Replicated tables always stream NEW_AND_OLD_IMAGES: global tables replicate through the stream.
 */
import { ArnFormat, Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { physicalName, tables as modelTables, type AppId, type GlobalIndex, type KeyAttribute, type TableModel } from '../../model';
import type { Deployment } from '../config';

export interface DeployedTable {
  model: TableModel;
  table: dynamodb.ITableV2;
  /** Physical name for this stage (the same in every region). */
  tableName: string;
  key: kms.IKey;
  /** The table's ARN in this region (for a replica, the local replica's ARN). */
  tableArn: string;
  /** True when this stack owns the table resource; false for a replica created by the primary. */
  owned: boolean;
}

export interface TablesProps {
  deployment: Deployment;
  /** Defaults to every table of infra/model. */
  tables?: readonly TableModel[];
}

export function tableKeyAlias(stage: string, app: AppId): string {
  return `alias/gateway-${stage}-${app}-tables`;
}

const attributeType: Record<KeyAttribute['type'], dynamodb.AttributeType> = {
  S: dynamodb.AttributeType.STRING,
  N: dynamodb.AttributeType.NUMBER,
  B: dynamodb.AttributeType.BINARY,
};

const streamView: Record<NonNullable<TableModel['stream']>, dynamodb.StreamViewType> = {
  NEW_IMAGE: dynamodb.StreamViewType.NEW_IMAGE,
  OLD_IMAGE: dynamodb.StreamViewType.OLD_IMAGE,
  NEW_AND_OLD_IMAGES: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  KEYS_ONLY: dynamodb.StreamViewType.KEYS_ONLY,
};

const attribute = (key: KeyAttribute): dynamodb.Attribute => ({ name: key.name, type: attributeType[key.type] });

function globalIndex(index: GlobalIndex): dynamodb.GlobalSecondaryIndexPropsV2 {
  const projection = index.projection;
  return {
    indexName: index.name,
    partitionKey: attribute(index.partitionKey),
    ...(index.sortKey ? { sortKey: attribute(index.sortKey) } : {}),
    projectionType: dynamodb.ProjectionType[projection.type],
    ...(projection.type === 'INCLUDE' ? { nonKeyAttributes: projection.attributes } : {}),
  };
}

export class Tables extends Construct {
  readonly byId = new Map<string, DeployedTable>();
  readonly keys = new Map<AppId, kms.Key>();

  constructor(scope: Construct, id: string, props: TablesProps) {
    super(scope, id);
    const { deployment } = props;
    for (const model of props.tables ?? modelTables) {
      const key = this.appKey(model.app, deployment.stage);
      const replicaRegions = (model.replicatedTo ?? []).filter((r) => deployment.regions.includes(r));
      const isReplica = !deployment.primary && replicaRegions.includes(deployment.region);
      const deployed = isReplica ? this.replicaOf(model, key, deployment) : this.create(model, key, deployment, replicaRegions);
      this.byId.set(model.id, deployed);
    }
  }

  /** A deployed table by model id; `user` names who needs it in the error. */
  get(id: string, user: string): DeployedTable {
    const deployed = this.byId.get(id);
    if (!deployed) throw new Error(`${user}: table "${id}" is not deployed`);
    return deployed;
  }

  /** Tables by the environment variable that names them to a handler (`{ ENV: tableId }`). */
  named(envToId: Readonly<Record<string, string>>, user: string): Record<string, DeployedTable> {
    return Object.fromEntries(Object.entries(envToId).map(([name, id]) => [name, this.get(id, user)]));
  }

  private appKey(app: AppId, stage: string): kms.Key {
    const existing = this.keys.get(app);
    if (existing) return existing;
    const key = new kms.Key(this, `${app}Key`, {
      alias: tableKeyAlias(stage, app),
      description: `DynamoDB tables of the ${app} app (${stage})`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Tags.of(key).add('app', app);
    this.keys.set(app, key);
    return key;
  }

  private create(model: TableModel, key: kms.Key, deployment: Deployment, replicaRegions: string[]): DeployedTable {
    const stack = Stack.of(this);
    const replicaKeyArns = Object.fromEntries(
      replicaRegions.map((region) => [
        region,
        stack.formatArn({
          service: 'kms',
          region,
          resource: 'alias',
          resourceName: tableKeyAlias(deployment.stage, model.app).slice('alias/'.length),
          arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
        }),
      ]),
    );
    const table = new dynamodb.TableV2(this, model.id, {
      tableName: physicalName(model, deployment.stage),
      partitionKey: attribute(model.partitionKey),
      ...(model.sortKey ? { sortKey: attribute(model.sortKey) } : {}),
      globalSecondaryIndexes: model.globalIndexes.map(globalIndex),
      billing: dynamodb.Billing.onDemand(),
      encryption: dynamodb.TableEncryptionV2.customerManagedKey(key, replicaKeyArns),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      ...(model.stream ? { dynamoStream: streamView[model.stream] } : {}),
      ...(model.ttlAttribute ? { timeToLiveAttribute: model.ttlAttribute } : {}),
      replicas: replicaRegions.map((region) => ({ region })),
    });
    Tags.of(table).add('app', model.app);
    return { model, table, tableName: physicalName(model, deployment.stage), key, tableArn: table.tableArn, owned: true };
  }

  private replicaOf(model: TableModel, key: kms.Key, deployment: Deployment): DeployedTable {
    const tableName = physicalName(model, deployment.stage);
    const tableArn = Stack.of(this).formatArn({
      service: 'dynamodb',
      resource: 'table',
      resourceName: tableName,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    const table = dynamodb.TableV2.fromTableAttributes(this, model.id, { tableArn, encryptionKey: key });
    return { model, table, tableName, key, tableArn, owned: false };
  }
}

/** `arn:...:table/<name>/index/*`: every index of a table, the only wildcard a data-source role gets. */
export function indexArns(tableArn: string): string {
  return `${tableArn}/index/*`;
}

