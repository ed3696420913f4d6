/**
 * Prepares the billing database on every deploy whose migrations changed (functions/db/migrations-resource.ts):
 * applies the SQL migrations and makes the handlers' role, through a custom resource whose handler runs in the VPC,
 * next to the cluster. The resource's `migrations` property is the hash of the SQL files, so a deploy with a new
 * migration runs it and a deploy without one does not.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CustomResource, Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { bundledHandler, HANDLER_RUNTIME } from '../lambda-code';
import { BILLING_DB_PORT, type BillingDatabase } from './billing-database';
import type { Network } from './network';

export interface BillingMigrationsProps {
  rootDir: string;
  network: Network;
  database: BillingDatabase;
}

export class BillingMigrations extends Construct {
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: BillingMigrationsProps) {
    super(scope, id);
    const migrationsDir = path.join(props.rootDir, 'functions/db/migrations');
    const { network, database } = props;
    const securityGroup = new ec2.SecurityGroup(this, 'Sg', { vpc: network.vpc, description: 'Billing migrations: reaches the cluster directly', allowAllOutbound: true });
    database.cluster.connections.allowFrom(securityGroup, ec2.Port.tcp(BILLING_DB_PORT), 'billing migrations');
    this.fn = new lambda.Function(this, 'Function', {
      description: 'Applies the billing migrations and prepares the handlers role',
      runtime: HANDLER_RUNTIME,
      handler: 'index.handler',
      code: bundledHandler(path.join(props.rootDir, 'functions/db/migrations-resource.ts'), { migrations: migrationsDir }),
      timeout: Duration.minutes(5),
      memorySize: 512,
      tracing: lambda.Tracing.ACTIVE,
      vpc: network.vpc,
      vpcSubnets: network.privateSubnets,
      securityGroups: [securityGroup],
      environment: {
        MASTER_SECRET_ARN: database.masterSecret.secretArn,
        APP_SECRET_ARN: database.appSecret.secretArn,
        // The RDS CA bundle of the Lambda runtime, to verify the cluster's certificate.
        // https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html
        NODE_EXTRA_CA_CERTS: '/var/runtime/ca-cert.pem',
      },
      logGroup: new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH }),
    });
    database.masterSecret.grantRead(this.fn);
    database.appSecret.grantRead(this.fn);
    const provider = new cr.Provider(this, 'Provider', { onEventHandler: this.fn, logRetention: logs.RetentionDays.ONE_MONTH });
    const digest = createHash('sha256');
    for (const file of readdirSync(migrationsDir).sort()) digest.update(file).update(readFileSync(path.join(migrationsDir, file)));
    new CustomResource(this, 'Resource', { serviceToken: provider.serviceToken, properties: { migrations: digest.digest('hex') } });
  }
}
