/**
 * The billing platform's PostgreSQL (seed 002): Aurora PostgreSQL Serverless v2 in the private isolated subnets,
 * encrypted with its own KMS key, backed up for 14 days, deletion-protected and retained on stack deletion.
 *
 * Lambdas never hold the master password: they connect through RDS Proxy with IAM authentication
 * (`proxy.grantConnect(fn, BILLING_DB_USER)`), TLS required. The master secret lives in Secrets Manager and is
 * rotated every 30 days by the single-user rotation Lambda, which reaches Secrets Manager through the VPC endpoint.
 *
 * The handlers' role BILLING_DB_USER has its own secret, registered with the proxy (`secrets: [master, app]`): RDS
 * Proxy maps an IAM identity to a database user only through a secret it holds
 * (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy-connecting.html). The role itself, its
 * password and the schema are made on every deploy by the BillingMigrations custom resource (billing-migrations.ts).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { Network } from './network';

/** The database the billing handlers use, and the role they log in as through the proxy. */
export const BILLING_DB_NAME = 'billing';
export const BILLING_DB_USER = 'billing_app';
/** Not the default 5432 (AwsSolutions-RDS11): a scanner guessing the default finds nothing. */
export const BILLING_DB_PORT = 5438;
/** The proxy endpoint's port: the PostgreSQL family's 5432, whatever the cluster's port (to confirm at first deploy). */
export const BILLING_PROXY_PORT = 5432;

export interface BillingDatabaseProps {
  network: Network;
  stage: string;
  /** Aurora capacity units; 0.5 is the smallest that keeps the writer warm. */
  minCapacity?: number;
  maxCapacity?: number;
}

export class BillingDatabase extends Construct {
  readonly cluster: rds.DatabaseCluster;
  readonly proxy: rds.DatabaseProxy;
  readonly key: kms.Key;
  /** The master user's secret (migrations only) and the handlers' role's secret (the proxy's). */
  readonly masterSecret: secretsmanager.ISecret;
  readonly appSecret: rds.DatabaseSecret;
  /** Security group for the Lambdas that may reach the proxy. */
  readonly clientSecurityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: BillingDatabaseProps) {
    super(scope, id);
    const { vpc, privateSubnets, secretsManagerEndpoint } = props.network;
    this.key = new kms.Key(this, 'Key', {
      alias: `alias/gateway-${props.stage}-billing-db`,
      description: `Billing PostgreSQL storage, snapshots and secret (${props.stage})`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.clientSecurityGroup = new ec2.SecurityGroup(this, 'ClientSg', {
      vpc,
      description: 'Lambdas allowed to reach the billing RDS Proxy',
      allowAllOutbound: true,
    });
    this.cluster = new rds.DatabaseCluster(this, 'Cluster', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_6 }),
      writer: rds.ClusterInstance.serverlessV2('writer', { publiclyAccessible: false }),
      serverlessV2MinCapacity: props.minCapacity ?? 0.5,
      serverlessV2MaxCapacity: props.maxCapacity ?? 4,
      vpc,
      vpcSubnets: privateSubnets,
      port: BILLING_DB_PORT,
      defaultDatabaseName: BILLING_DB_NAME,
      credentials: rds.Credentials.fromGeneratedSecret('billing_admin', { encryptionKey: this.key }),
      storageEncrypted: true,
      storageEncryptionKey: this.key,
      iamAuthentication: true,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      backup: { retention: Duration.days(14), preferredWindow: '15:00-16:00' },
      preferredMaintenanceWindow: 'sun:16:30-sun:17:30',
      cloudwatchLogsExports: ['postgresql'],
      monitoringInterval: Duration.seconds(60),
      enablePerformanceInsights: true,
      performanceInsightEncryptionKey: this.key,
    });
    this.cluster.addRotationSingleUser({
      automaticallyAfter: Duration.days(30),
      vpcSubnets: privateSubnets,
      endpoint: secretsManagerEndpoint,
    });
    this.masterSecret = this.cluster.secret!;
    this.appSecret = new rds.DatabaseSecret(this, 'AppSecret', { username: BILLING_DB_USER, encryptionKey: this.key });
    NagSuppressions.addResourceSuppressions(this.appSecret, [
      {
        id: 'AwsSolutions-SMG4',
        reason: 'Only RDS Proxy uses this password, after IAM authentication; no client ever sees it. Rotating it means re-running the migrations resource.',
      },
    ]);
    this.proxy = this.cluster.addProxy('Proxy', {
      dbProxyName: `gateway-${props.stage}-billing`,
      secrets: [this.masterSecret, this.appSecret],
      vpc,
      vpcSubnets: privateSubnets,
      iamAuth: true,
      requireTLS: true,
      debugLogging: false,
    });
    this.proxy.connections.allowFrom(this.clientSecurityGroup, ec2.Port.tcp(BILLING_PROXY_PORT), 'billing Lambdas');
  }
}
