/**
 * One deployment of the gateway (a stage in a region): tables, network, billing PostgreSQL, Cognito, the AppSync API
 * with its data sources and resolvers, the WAF, and the outputs clients are configured from.
 */
import { CfnOutput, Fn, RemovalPolicy, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type { Construct } from 'constructs';
import { tableGrants } from '../../build/table-grants';
import type { BuildResult } from '../../build/types';
import type { Deployment } from '../config';
import { STORE_PAYMENT_TABLES } from '../../model';
import { Alerts } from '../constructs/alerts';
import { Api, AUTH_MODES, type ApiLimits } from '../constructs/api';
import { Auth } from '../constructs/auth';
import { Authorizer } from '../constructs/authorizer';
import { BillingDatabase } from '../constructs/billing-database';
import { BillingMigrations } from '../constructs/billing-migrations';
import { PaymentRetries } from '../constructs/payment-retries';
import { PaymentWebhooks } from '../constructs/payment-webhooks';
import { DataSources } from '../constructs/data-sources';
import { Network } from '../constructs/network';
import { Resolvers } from '../constructs/resolvers';
import { OrderPublisher } from '../constructs/order-publisher';
import { FlowLogicStreams } from '../constructs/flowlogic-streams';
import { StripeWebhooks } from '../constructs/stripe-webhooks';
import { Tables } from '../constructs/tables';
import { UsageFlush } from '../constructs/usage-flush';
import { ApiFirewall } from '../constructs/waf';
import { OUTPUT } from '../outputs';

/** Availability zones used per region: two are enough for Aurora and RDS Proxy. */
export const GATEWAY_ZONE_COUNT = 2;

export interface GatewayStackProps extends StackProps {
  deployment: Deployment;
  build: BuildResult;
  /** Repository root (handlers are bundled from functions/ below it). */
  rootDir: string;
  limits?: ApiLimits;
}

export class GatewayStack extends Stack {
  readonly deployment: Deployment;
  readonly tables: Tables;
  readonly network: Network;
  readonly database: BillingDatabase;
  readonly auth: Auth;
  readonly api: Api;
  readonly dataSources: DataSources;

  constructor(scope: Construct, id: string, props: GatewayStackProps) {
    super(scope, id, props);
    const { deployment, build, rootDir } = props;
    this.deployment = deployment;
    const { stage, region } = deployment;
    Tags.of(this).add('project', 'appsync-gateway');
    Tags.of(this).add('stage', stage);

    this.tables = new Tables(this, 'Tables', { deployment });
    this.network = new Network(this, 'Network', { availabilityZones: this.availabilityZones });
    this.database = new BillingDatabase(this, 'BillingDatabase', { network: this.network, stage });
    new BillingMigrations(this, 'BillingMigrations', { rootDir, network: this.network, database: this.database });
    const payments = new PaymentWebhooks(this, 'PaymentWebhooks', {
      rootDir,
      network: this.network,
      database: this.database,
      tables: this.tables.named(STORE_PAYMENT_TABLES, 'Razorpay webhooks'),
    });
    new PaymentRetries(this, 'PaymentRetries', { rootDir, network: this.network, database: this.database, razorpaySecret: payments.razorpaySecret });
    this.auth = new Auth(this, 'Auth', { stage });
    const authorizer = new Authorizer(this, 'Authorizer', { rootDir, network: this.network, database: this.database });
    this.api = new Api(this, 'Api', {
      stage,
      deployedSchema: build.deployedSchema,
      userPool: this.auth.userPool,
      authorizer: authorizer.fn,
      limits: props.limits,
    });
    const api = this.api.api;
    const alerts = new Alerts(this, 'Alerts', { rootDir, network: this.network, database: this.database });
    // Rendered invoices: private, encrypted, TLS only, versioned (a final invoice's PDF is never lost to an overwrite).
    const accessLogs = new s3.Bucket(this, 'BillingDocumentsAccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    NagSuppressions.addResourceSuppressions(accessLogs, [{ id: 'AwsSolutions-S1', reason: 'This bucket receives the access logs; logging it would loop.' }]);
    const documents = new s3.Bucket(this, 'BillingDocuments', {
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'billing-documents/',
      encryption: s3.BucketEncryption.KMS_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.dataSources = new DataSources(this, 'DataSources', {
      webhookSecret: alerts.webhookSecret,
      documents,
      razorpaySecret: payments.razorpaySecret,
      api,
      tables: this.tables,
      network: this.network,
      database: this.database,
      rootDir,
      tableGrants: tableGrants(build),
    });
    const hotEvents = this.tables.byId.get('usageHotEvents');
    if (hotEvents) {
      new UsageFlush(this, 'UsageFlush', { rootDir, network: this.network, database: this.database, hotEvents, webhookSecret: alerts.webhookSecret });
    }
    const orders = this.tables.byId.get('orders');
    if (orders) new OrderPublisher(this, 'OrderPublisher', { rootDir, api, orders });
    const flowTables = [...this.tables.byId.values()].filter((t) => t.model.app === 'flowlogic');
    if (flowTables.some((t) => t.model.id === 'flowAudit')) new FlowLogicStreams(this, 'FlowLogicStreams', { rootDir, api, tables: flowTables });
    const flowUsers = this.tables.byId.get('flowUsers');
    const flowSubscriptions = this.tables.byId.get('flowSubscriptions');
    if (flowUsers && flowSubscriptions) new StripeWebhooks(this, 'StripeWebhooks', { rootDir, users: flowUsers, subscriptions: flowSubscriptions });
    new Resolvers(this, 'Resolvers', { api, resolvers: build.resolvers, dataSources: this.dataSources.byName });
    new ApiFirewall(this, 'Firewall', { name: `gateway-${stage}-api`, apiArn: api.arn });
    this.addOutputs(api, region);
  }

  /**
   * The region's first zones, resolved by CloudFormation (`Fn::GetAZs`), never looked up at synth time: with a
   * concrete account CDK would otherwise ask AWS for them, and synthesis must work offline.
   */
  override get availabilityZones(): string[] {
    return Array.from({ length: GATEWAY_ZONE_COUNT }, (_, index) => Fn.select(index, Fn.getAzs()));
  }

  private addOutputs(api: appsync.GraphqlApi, region: string): void {
    const cfnApi = api.node.defaultChild as appsync.CfnGraphQLApi;
    const apiKey = api.node.findAll().find((c): c is appsync.CfnApiKey => c instanceof appsync.CfnApiKey);
    const outputs: Record<string, string> = {
      [OUTPUT.graphqlUrl]: api.graphqlUrl,
      [OUTPUT.realtimeUrl]: cfnApi.attrRealtimeUrl,
      [OUTPUT.apiId]: api.apiId,
      ...(apiKey ? { [OUTPUT.apiKeyId]: apiKey.attrApiKeyId } : {}),
      [OUTPUT.region]: region,
      [OUTPUT.userPoolId]: this.auth.userPool.userPoolId,
      [OUTPUT.userPoolClientId]: this.auth.client.userPoolClientId,
      [OUTPUT.defaultAuthMode]: AUTH_MODES.default,
      [OUTPUT.additionalAuthModes]: AUTH_MODES.additional.join(','),
    };
    for (const [name, value] of Object.entries(outputs)) new CfnOutput(this, name, { value });
  }
}
