/** Nothing public that should not be: network, billing database, secrets, user pool. */
import { beforeAll, describe, expect, it } from 'vitest';
import { USER_POOL_GROUPS } from '../../../infra/aws/constructs/auth';
import { resourcesOfType, referencedId, type CfnValue } from './template-json';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
beforeAll(async () => {
  gateway = await synthGateway();
});
const of = (type: string) => resourcesOfType(gateway.template(gateway.primary), type);

describe('network', () => {
  it('has only private isolated subnets: no internet gateway, no NAT, no public IPs', () => {
    expect(of('AWS::EC2::InternetGateway')).toEqual([]);
    expect(of('AWS::EC2::NatGateway')).toEqual([]);
    const subnets = of('AWS::EC2::Subnet');
    expect(subnets.length).toBeGreaterThanOrEqual(2);
    for (const subnet of subnets) {
      expect(subnet.Properties.MapPublicIpOnLaunch).toBe(false);
      expect(subnet.Properties.Tags).toContainEqual({ Key: 'aws-cdk:subnet-type', Value: 'Isolated' });
    }
    expect(new Set(subnets.map((s) => JSON.stringify(s.Properties.AvailabilityZone))).size).toBe(subnets.length);
  });

  it('takes its zones from CloudFormation, never from a synth-time lookup (synthesis is offline)', () => {
    expect(gateway.deployments[0].account).toBe('123456789012');
    expect(gateway.missingContext).toEqual([]);
    const zones = of('AWS::EC2::Subnet').map((s) => s.Properties.AvailabilityZone);
    expect(zones).toEqual([{ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, { 'Fn::Select': [1, { 'Fn::GetAZs': '' }] }]);
  });

  it('reaches DynamoDB through a gateway endpoint and logs every flow', () => {
    const endpoints = of('AWS::EC2::VPCEndpoint');
    const dynamodb = endpoints.find((e) => JSON.stringify(e.Properties.ServiceName).includes('.dynamodb'));
    expect(dynamodb?.Properties.VpcEndpointType).toBe('Gateway');
    const [flowLog] = of('AWS::EC2::FlowLog');
    expect(flowLog.Properties).toMatchObject({ ResourceType: 'VPC', TrafficType: 'ALL' });
  });

  it('opens no security group to the internet', () => {
    for (const group of of('AWS::EC2::SecurityGroup')) {
      for (const rule of group.Properties.SecurityGroupIngress ?? []) expect(rule.CidrIp).not.toBe('0.0.0.0/0');
    }
    for (const rule of of('AWS::EC2::SecurityGroupIngress')) expect(rule.Properties.CidrIp).not.toBe('0.0.0.0/0');
  });
});

describe('billing PostgreSQL', () => {
  it('is Aurora PostgreSQL Serverless v2, private, encrypted with its key, backed up, deletion-protected, IAM auth', () => {
    const [cluster] = of('AWS::RDS::DBCluster');
    expect(cluster.Properties).toMatchObject({
      Engine: 'aurora-postgresql',
      StorageEncrypted: true,
      DeletionProtection: true,
      EnableIAMDatabaseAuthentication: true,
    });
    expect(cluster.Properties.BackupRetentionPeriod).toBeGreaterThanOrEqual(7);
    expect(referencedId(cluster.Properties.KmsKeyId)).toMatch(/^BillingDatabaseKey/);
    expect(cluster.Properties.ServerlessV2ScalingConfiguration.MinCapacity).toBeGreaterThanOrEqual(0);
    expect(cluster.DeletionPolicy).toBe('Retain');
    for (const instance of of('AWS::RDS::DBInstance')) {
      expect(instance.Properties.DBInstanceClass).toBe('db.serverless');
      expect(instance.Properties.PubliclyAccessible).toBe(false);
    }
    const [subnetGroup] = of('AWS::RDS::DBSubnetGroup');
    const isolated = of('AWS::EC2::Subnet').map((s) => s.logicalId);
    for (const ref of subnetGroup.Properties.SubnetIds) expect(isolated).toContain(referencedId(ref));
  });

  it('keeps its master secret in Secrets Manager, rotated', () => {
    const [rotation] = of('AWS::SecretsManager::RotationSchedule');
    expect(rotation.Properties.RotationRules.ScheduleExpression).toBe('rate(30 days)');
  });

  it('is reached through RDS Proxy with IAM auth and TLS required', () => {
    const [proxy] = of('AWS::RDS::DBProxy');
    expect(proxy.Properties).toMatchObject({ EngineFamily: 'POSTGRESQL', RequireTLS: true, DBProxyName: 'gateway-dev-billing' });
    // Two secrets (the master user's and the handlers' role's), IAM required for both.
    expect(proxy.Properties.Auth).toEqual([
      expect.objectContaining({ AuthScheme: 'SECRETS', IAMAuth: 'REQUIRED' }),
      expect.objectContaining({ AuthScheme: 'SECRETS', IAMAuth: 'REQUIRED' }),
    ]);
  });
});

describe('Cognito user pool', () => {
  it('has every group of DESIGN.md', () => {
    const groups = of('AWS::Cognito::UserPoolGroup').map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual([...USER_POOL_GROUPS].sort());
  });

  it('lets the app read but never write the claims that scope data, and has no OAuth implicit flow', () => {
    const [client] = of('AWS::Cognito::UserPoolClient');
    expect(client.Properties.ReadAttributes).toEqual(expect.arrayContaining(['custom:tenant_id', 'custom:org_id']));
    expect(client.Properties.WriteAttributes.filter((a: string) => a.startsWith('custom:'))).toEqual([]);
    expect(client.Properties.AllowedOAuthFlows).toBeUndefined();
    expect(client.Properties.GenerateSecret).toBe(false);
  });

  it('is retained and deletion-protected', () => {
    const [pool] = of('AWS::Cognito::UserPool');
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
  });
});

describe('Lambda authorizer', () => {
  it('is wired as an additional auth mode and only AppSync may invoke it', () => {
    const [api] = of('AWS::AppSync::GraphQLApi');
    const lambdaMode = api.Properties.AdditionalAuthenticationProviders.find((p: CfnValue) => p.AuthenticationType === 'AWS_LAMBDA');
    const fnId = referencedId(lambdaMode.LambdaAuthorizerConfig.AuthorizerUri);
    const permissions = of('AWS::Lambda::Permission').filter((p) => referencedId(p.Properties.FunctionName) === fnId);
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) expect(permission.Properties.Principal).toBe('appsync.amazonaws.com');
  });
});
